package org.entente.store;

import java.util.ArrayList;
import java.util.List;

import org.entente.system.EntenteProperties;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Entente's settings as the server would read them (application.properties, environment, {@code --entente.data-dir=}),
 * without starting anything: {@code backup}, {@code reset} and {@code import --initial} must find the same store folder
 * and must not open it.
 */
@EnableConfigurationProperties(EntenteProperties.class)
public class StoreSettings {

    private StoreSettings() {
    }

    public static EntenteProperties read(List<String> springArgs) {
        var app = new SpringApplication(StoreSettings.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        var args = new ArrayList<>(springArgs);
        if (springArgs.stream().noneMatch(a -> a.startsWith("--logging.level.root="))) {
            args.add("--logging.level.root=ERROR");
        }
        try (var context = app.run(args.toArray(String[]::new))) {
            return context.getBean(EntenteProperties.class);
        }
    }
}
