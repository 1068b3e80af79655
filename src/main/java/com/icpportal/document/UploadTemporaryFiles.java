package com.icpportal.document;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet container writes each part of an upload request to a temporary file
 * ({@code spring.servlet.multipart.file-size-threshold: 0}), by default in its own temporary
 * directory, where a crash during an upload left partial identity scans that nothing removed. Here
 * they go to the document store's incoming area instead, which the start-up and the sweep clear
 * ({@link DocumentSweep}). The sizes and threshold still come from {@code spring.servlet.multipart.*};
 * its {@code location} is not used.
 */
@Configuration(proxyBeanMethods = false)
class UploadTemporaryFiles {

    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties properties, FileSystemDocumentStore store) {
        MultipartConfigElement configured = properties.createMultipartConfig();
        return new MultipartConfigElement(
                store.multipartArea().toString(),
                configured.getMaxFileSize(),
                configured.getMaxRequestSize(),
                configured.getFileSizeThreshold());
    }
}
