package org.entente.browser;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The static files of Neo4j Browser (the {@code browser/} folder of {@code org.neo4j.client:neo4j-browser}) at
 * {@code /browser/}, two of them edited so that the page asks no host but Entente and its Bolt port
 * ({@link OfflineBrowser}); the resource chain caches what it resolved and edited.
 */
@Configuration(proxyBeanMethods = false)
class BrowserResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/browser/**").addResourceLocations("classpath:/browser/")
                .resourceChain(true).addTransformer(new OfflineBrowser());
    }
}
