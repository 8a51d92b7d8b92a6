/**
 * How Lantern runs: the embedded or external PostgreSQL, demo mode and its safety guard, and the command-line
 * entry points that other modules contribute through {@link uk.lantern.runtime.LanternCommand}. It also holds the few
 * rules every module applies to text at Lantern's edges: {@link uk.lantern.runtime.StorableText} for what comes in and
 * {@link uk.lantern.runtime.SpreadsheetCells} for exports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Runtime", allowedDependencies = {})
package uk.lantern.runtime;
