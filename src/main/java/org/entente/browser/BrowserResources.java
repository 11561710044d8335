package org.entente.browser;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The static files of Neo4j Browser (the {@code browser/} folder of {@code org.neo4j.client:neo4j-browser}) at
 * {@code /browser/}, and Entente's guide at {@code /guide/}, readable from any origin: the Browser fetches a guide
 * with {@code :play <url>} from wherever it runs.
 */
@Configuration(proxyBeanMethods = false)
class BrowserResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/browser/**").addResourceLocations("classpath:/browser/");
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/guide/**").allowedOrigins("*").allowedMethods("GET");
    }
}
