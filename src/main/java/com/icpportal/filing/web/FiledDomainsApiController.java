package com.icpportal.filing.web;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.icpportal.filing.FiledDomain;
import com.icpportal.filing.Filings;

/**
 * The servable domains for the provider's access layer, as JSON: domains of active filings that no
 * approved change has retired, each with its website's ICP number. Guarded by the API token.
 */
@RestController
class FiledDomainsApiController {

    private final Filings filings;

    FiledDomainsApiController(Filings filings) {
        this.filings = filings;
    }

    @GetMapping(path = "/api/filed-domains", produces = MediaType.APPLICATION_JSON_VALUE)
    List<FiledDomain> filedDomains() {
        return filings.servableDomains();
    }
}
