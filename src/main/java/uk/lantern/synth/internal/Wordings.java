package uk.lantern.synth.internal;

/** Fills the placeholders of sentence templates for one child, as one agency names the child. */
final class Wordings {

    private final World world;

    Wordings(World world) {
        this.world = world;
    }

    Sentences.Wording about(TrueChild child, String recordedFirstName, Dice dice) {
        Network network = child.network();
        return new Sentences.Wording(recordedFirstName, child.sex().name(), child.age(), child.school(),
                world.addresses().street(dice), child.town().displayName(), world.otherTown(child.town(), dice),
                dice.between(2, 5),
                network == null ? null : dice.oneOf(network.nicknames()),
                network == null ? null : dice.oneOf(network.placeDescriptions()),
                network == null ? null : dice.oneOf(network.registrations()),
                network == null || network.phones().isEmpty() ? null : dice.oneOf(network.phones()));
    }
}
