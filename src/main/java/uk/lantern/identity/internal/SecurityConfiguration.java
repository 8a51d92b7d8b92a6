package uk.lantern.identity.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains. The API ({@code /api/**}) is stateless and takes bearer tokens, so it needs no CSRF token:
 * browsers never attach a bearer token by themselves. Pages use form sign-in with a session cookie and CSRF tokens.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(AccountDetailsService accounts, PasswordEncoder passwordEncoder,
                                                ApplicationEventPublisher events) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts) {
            @Override
            protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
                                                                 UserDetails user) {
                // Keep the password hash out of the session, and note when it began: the password was checked
                // just now.
                SignInAccount account = (SignInAccount) principal;
                return super.createSuccessAuthentication(account.signedInAt(account.checkedAt()), authentication,
                        user);
            }
        };
        provider.setPasswordEncoder(passwordEncoder);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    /**
     * Where page sessions keep their sign-in. Outside the filter chains because controllers use it too, and they are
     * created even when a command runs without a web server.
     */
    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /** Filter chains exist only when serving; commands run without a web server. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class FilterChains {

        /**
         * A request the firewall turns away before any filter chain runs, such as one with an encoded NUL, slash or
         * percent sign in its address, is answered like any other unreadable API request: with a problem document
         * rather than an empty 400. Pages keep the plain 400.
         */
        @Bean
        WebSecurityCustomizer rejectedRequestsAnswered() {
            RequestRejectedHandler pages = new HttpStatusRequestRejectedHandler();
            return web -> web.requestRejectedHandler((request, response, rejected) -> {
                if (request.getRequestURI().startsWith("/api/")) {
                    ProblemResponses.write(request, response, 400, "Unreadable request",
                            "The address contains characters Lantern does not read, such as an encoded NUL, slash "
                                    + "or percent sign");
                } else {
                    pages.handle(request, response, rejected);
                }
            });
        }

        @Bean
        @Order(1)
        SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, SignInThrottle throttle) throws Exception {
            http.securityMatcher("/api/**")
                    .authorizeHttpRequests(requests -> requests
                            .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                            .anyRequest().authenticated())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(csrf -> csrf.disable())
                    .formLogin(form -> form.disable())
                    .httpBasic(basic -> basic.disable())
                    .logout(logout -> logout.disable())
                    .requestCache(cache -> cache.disable())
                    .addFilterBefore(SignInThrottleFilter.forTokenEndpoint(throttle), AuthorizationFilter.class)
                    .addFilterBefore(new TokenAuthenticationFilter(tokens), AuthorizationFilter.class)
                    .exceptionHandling(errors -> errors
                            .authenticationEntryPoint((request, response, failure) -> ProblemResponses.write(request,
                                    response, 401, "Unauthorized",
                                    "Sign in first: send 'Authorization: Bearer TOKEN' with a token from "
                                            + "POST /api/v1/auth/token"))
                            .accessDeniedHandler((request, response, denied) -> ProblemResponses.write(request, response,
                                    403, "Forbidden", "Your role does not allow this")));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain pageChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                      AccountRepository accounts, SecurityContextRepository contexts,
                                      SignInThrottle throttle) throws Exception {
            http.authenticationManager(authenticationManager)
                    .securityContext(context -> context.securityContextRepository(contexts))
                    .authorizeHttpRequests(requests -> requests
                            .requestMatchers("/sign-in", "/error", "/error/**", "/assets/**", "/webjars/**", "/css/**", "/js/**",
                                    "/favicon.ico", "/favicon.svg", "/actuator/health", "/actuator/health/**", "/v3/api-docs",
                                    "/v3/api-docs/**", "/accessibility")
                            .permitAll()
                            .anyRequest().authenticated())
                    .formLogin(form -> form
                            .loginPage("/sign-in")
                            .loginProcessingUrl("/sign-in")
                            .defaultSuccessUrl("/", true)
                            .failureHandler(signInFailure()))
                    .logout(logout -> logout
                            .logoutUrl("/sign-out")
                            .logoutSuccessUrl("/sign-in?signed-out"))
                    .addFilterBefore(SignInThrottleFilter.forSignInPage(throttle),
                            UsernamePasswordAuthenticationFilter.class)
                    .addFilterBefore(new SessionAccountRefreshFilter(accounts, contexts), AuthorizationFilter.class)
                    .headers(headers -> headers
                            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                            .referrerPolicy(referrer -> referrer.policy(
                                    ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
            return http.build();
        }

        private static AuthenticationFailureHandler signInFailure() {
            return (request, response, failure) -> {
                // A disabled account gets the same message as a wrong password, so sign-in reveals nothing about it.
                String reason = failure instanceof LockedException ? "locked" : "error";
                response.sendRedirect(request.getContextPath() + "/sign-in?" + reason);
            };
        }
    }
}
