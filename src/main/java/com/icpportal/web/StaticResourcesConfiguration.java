package com.icpportal.web;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Serves the stylesheet, script and images from {@code classpath:/static/} under their own paths
 * only, with the cache lifetime and content-hash URLs of {@code spring.web.resources}
 * (application.yml), instead of Spring Boot's catch-all {@code /**} mapping (switched off there with
 * {@code add-mappings: false}).
 *
 * <p>Why: {@code ResourceUrlEncodingFilter} asks the resource mappings about every link a page
 * writes. Under {@code /**} every link ({@code /filings}, {@code /orders/…}, {@code /logout}) was
 * looked up as a file in four classpath folders and the servlet context, and a miss is never cached:
 * under wrk that lookup was 43% of a signed-in page's CPU. Under these paths only an asset's link is
 * looked up, once (its resolved URL is cached). {@link AssetUrlEncodingFilter} does not even match
 * other links against these paths.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfiguration implements WebMvcConfigurer {

    /** The folders under {@code classpath:/static/}, as in {@link StaticResourcesSecurityConfiguration#PATHS}. */
    private static final String[] FOLDERS = {"css", "js", "images"};

    private final WebProperties.Resources resources;

    StaticResourcesConfiguration(WebProperties properties) {
        this.resources = properties.getResources();
    }

    /** Writes asset links as their content-hash URLs, in place of Spring Boot's filter (see the class). */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new AssetUrlEncodingFilter(FOLDERS));
        // as Spring Boot registers its own: error pages link the stylesheet too
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : FOLDERS) {
            VersionResourceResolver versions = new VersionResourceResolver();
            versions.addContentVersionStrategy(
                    resources.getChain().getStrategy().getContent().getPaths());
            // The path within "/css/**" is "portal.css": each folder needs its own location.
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(resources.getCache().getCachecontrol().toHttpCacheControl())
                    .resourceChain(resources.getChain().isCache())
                    .addResolver(versions);
        }
    }
}
