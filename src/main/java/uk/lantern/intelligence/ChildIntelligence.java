package uk.lantern.intelligence;

import java.util.List;

/**
 * What intelligence says about a child, cut by the handling rules: the reports the viewer may see in either version,
 * and only a count of those they may not, which says nothing of any report but that it exists.
 */
public record ChildIntelligence(List<IntelligenceAboutChild> visible, int withheld) {

    public ChildIntelligence {
        visible = List.copyOf(visible);
    }
}
