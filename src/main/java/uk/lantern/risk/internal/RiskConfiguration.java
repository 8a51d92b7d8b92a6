package uk.lantern.risk.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.lantern.risk.CseScreening;
import uk.lantern.risk.LanguageCheck;

/** Makes the screening and the language check available to other modules; both are loaded once, at start-up. */
@Configuration(proxyBeanMethods = false)
class RiskConfiguration {

    @Bean
    CseScreening cseScreening() {
        return CseScreening.current();
    }

    @Bean
    LanguageCheck languageCheck() {
        return LanguageCheck.current();
    }
}
