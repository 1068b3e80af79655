package com.icpportal.changeorder.web;

import java.util.ArrayList;
import java.util.List;

import com.icpportal.filing.WebsiteDetails;

/** The website section: name, service content, pre-approval items and comment. */
public class WebsiteForm {

    private String name;
    private List<String> serviceTypes = new ArrayList<>();
    private List<String> preApprovalItems = new ArrayList<>();
    private boolean preApprovalNone;
    private String comment;
    private long version;

    static WebsiteForm from(WebsiteDetails details, long version) {
        WebsiteForm form = new WebsiteForm();
        form.name = details.name();
        form.serviceTypes = new ArrayList<>(details.serviceTypes());
        form.preApprovalItems = new ArrayList<>(details.preApprovalItems());
        form.preApprovalNone = details.preApprovalNone();
        form.comment = details.comment();
        form.version = version;
        return form;
    }

    WebsiteDetails applyTo(WebsiteDetails current) {
        return new WebsiteDetails(
                SubjectForm.strip(name),
                current.principal(),
                serviceTypes,
                preApprovalItems,
                preApprovalNone,
                SubjectForm.strip(comment));
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getServiceTypes() {
        return serviceTypes;
    }

    public void setServiceTypes(List<String> serviceTypes) {
        this.serviceTypes = serviceTypes == null ? new ArrayList<>() : serviceTypes;
    }

    public List<String> getPreApprovalItems() {
        return preApprovalItems;
    }

    public void setPreApprovalItems(List<String> preApprovalItems) {
        this.preApprovalItems = preApprovalItems == null ? new ArrayList<>() : preApprovalItems;
    }

    public boolean isPreApprovalNone() {
        return preApprovalNone;
    }

    public void setPreApprovalNone(boolean preApprovalNone) {
        this.preApprovalNone = preApprovalNone;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
