package uk.lantern.oversight.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.lantern.area.Areas;
import uk.lantern.oversight.internal.baseline.ChildPopulation;
import uk.lantern.oversight.internal.baseline.CinBaseline;

/** The published reference tables, read once from the files shipped with Lantern. */
@Configuration
class OversightConfiguration {

    @Bean
    ChildPopulation childPopulation(Areas areas) {
        return new ChildPopulation(areas);
    }

    @Bean
    CinBaseline cinBaseline(Areas areas) {
        return new CinBaseline(areas);
    }
}
