package uk.lantern.demo.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import uk.lantern.identity.AgencyView;
import uk.lantern.identity.Directory;
import uk.lantern.identity.IdentityAdministration;
import uk.lantern.identity.NewAgency;
import uk.lantern.identity.NewUser;
import uk.lantern.identity.UserChanges;
import uk.lantern.identity.UserView;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.runtime.RunMode;

/**
 * Creates the demo agencies and users on first start in demo mode. It is idempotent: anything that already exists
 * is left alone, so restarts and upgrades keep what people have done in the demo.
 */
@Component
class DemoSeeder implements ApplicationRunner {

    static final String DEMO_PASSWORD = "lantern-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final RunMode runMode;
    private final Directory directory;
    private final IdentityAdministration administration;
    private final TransactionTemplate transaction;

    DemoSeeder(RunMode runMode, Directory directory, IdentityAdministration administration,
               TransactionTemplate transaction) {
        this.runMode = runMode;
        this.directory = directory;
        this.administration = administration;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (runMode.commandLine()) {
            return;
        }
        if (!runMode.demo()) {
            retireDemoUsers();
            return;
        }
        LedgerActor seeder = LedgerActor.system("demo-seed");
        transaction.executeWithoutResult(status -> {
            for (DemoAgencies.Agency agency : DemoAgencies.ALL) {
                if (directory.agencyNamed(agency.name()).isEmpty()) {
                    administration.createAgency(seeder, new NewAgency(agency.name(), agency.type().name(),
                            agency.areaCode()));
                }
            }
            for (DemoUsers.User user : DemoUsers.ALL) {
                if (directory.userNamed(user.username()).isEmpty()) {
                    AgencyView agency = directory.agencyNamed(user.agencyName()).orElseThrow();
                    UserView created = administration.createUser(seeder, new NewUser(user.username(),
                            user.displayName(), user.username() + "@demo.lantern.invalid", agency.id().toString(),
                            List.of(user.role().name()), DEMO_PASSWORD));
                    if (user.headOfService()) {
                        administration.updateUser(seeder, created.id(), new UserChanges(created.displayName(),
                                created.email(), agency.id().toString(), List.of(user.role().name()), true, true));
                    }
                }
            }
        });
        log.info("Demo mode: sign in at /sign-in as any of {} with password '{}'",
                DemoUsers.ALL.stream().map(DemoUsers.User::username).toList(), DEMO_PASSWORD);
    }

    /**
     * Demo users have a published password, so when a database that once ran in demo mode is started without it,
     * they are disabled rather than left able to sign in.
     */
    private void retireDemoUsers() {
        LedgerActor retirer = LedgerActor.system("demo-retire");
        transaction.executeWithoutResult(status -> DemoUsers.ALL.forEach(demoUser ->
                directory.userNamed(demoUser.username()).filter(UserView::enabled).ifPresent(user -> {
                    administration.updateUser(retirer, user.id(), new UserChanges(user.displayName(), user.email(),
                            user.agencyId().toString(), user.roles().stream().map(Enum::name).toList(), false,
                            user.headOfService()));
                    log.warn("Demo mode is off: disabled demo user {}", user.username());
                })));
    }
}
