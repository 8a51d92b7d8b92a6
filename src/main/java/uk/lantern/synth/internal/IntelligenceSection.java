package uk.lantern.synth.internal;

/**
 * The part of a bundle written after every child: each network's things, reports and links, with the network and
 * its adults in the ground truth, then the intelligence that has nothing to do with children.
 */
final class IntelligenceSection {

    private final World world;
    private final NetworkChildren told;

    IntelligenceSection(World world, NetworkChildren told) {
        this.world = world;
        this.told = told;
    }

    void write(Dice dice, BundleSink sink) {
        NetworkIntelligence intelligence = new NetworkIntelligence(world, told);
        for (Network network : world.networks().all()) {
            intelligence.write(network, dice.split(), sink);
            sink.network(network, told.of(network).stream().map(NetworkChildren.ToldChild::id).toList());
            network.members().forEach(member -> sink.person(PersonTruth.of(member.adult(),
                    PersonTruth.Kind.NETWORK_MEMBER, network.id(), member.records())));
        }
        new UnrelatedIntelligence(world).write(dice.split(), sink);
    }
}
