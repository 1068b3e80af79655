package com.icpportal.filing.web;

/** The forms of a filing's admin page; each carries the version of the filing the admin saw. */
public final class FilingAdminForms {

    private FilingAdminForms() {}

    public static class AssignForm {
        private String username;
        private long version;

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    public static class OtherOrderForm {
        private String type;
        private String reference;
        private String since;
        private long version;

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getReference() {
            return reference;
        }

        public void setReference(String reference) {
            this.reference = reference;
        }

        public String getSince() {
            return since;
        }

        public void setSince(String since) {
            this.since = since;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    public static class CancelForm {
        private String on;
        private long version;

        public String getOn() {
            return on;
        }

        public void setOn(String on) {
            this.on = on;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }
}
