/**
 * Identity and access: agencies, users and roles, sign-in and API tokens, and the one access policy that decides
 * every read and write of a protected record, with read logging and time-limited break-glass access.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access",
        allowedDependencies = {"ledger", "area", "runtime"})
package uk.lantern.identity;
