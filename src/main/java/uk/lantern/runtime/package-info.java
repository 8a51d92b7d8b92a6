/**
 * How Lantern runs: the embedded or external PostgreSQL, demo mode and its safety guard, and the command-line
 * entry points that other modules contribute through {@link uk.lantern.runtime.LanternCommand}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Runtime", allowedDependencies = {})
package uk.lantern.runtime;
