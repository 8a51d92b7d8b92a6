package uk.lantern.synth.internal;

import java.util.List;
import java.util.Map;

/**
 * The sentence templates in {@code synth/sentences.txt}, filled in for one child. The words that agree with a
 * pronoun come filled in too, so "{they} {was}" reads "she was", "he was" or "they were".
 */
final class Sentences {

    private final Map<String, List<String>> templates;

    Sentences() {
        this.templates = ResourceLists.sections("sentences.txt");
    }

    List<String> section(String name) {
        return ResourceLists.section(templates, name);
    }

    boolean has(String name) {
        return templates.containsKey(name);
    }

    String pick(String section, Dice dice, Wording wording) {
        return wording.fill(dice.oneOf(section(section)));
    }

    String pick(String section, Dice dice, Placeholders values) {
        return values.fill(dice.oneOf(section(section)));
    }

    /** The values of the placeholders for one piece of text. */
    record Wording(String name, String sex, int age, String school, String street, String town, String otherTown,
                   int count, String nickname, String place, String vehicle, String phone) {

        /** The same wording about another place, such as one of the town's busy public places. */
        Wording at(String otherPlace) {
            return new Wording(name, sex, age, school, street, town, otherTown, count, nickname, otherPlace, vehicle,
                    phone);
        }

        String fill(String template) {
            boolean female = "FEMALE".equals(sex);
            boolean male = "MALE".equals(sex);
            return template
                    .replace("{name}", name)
                    .replace("{age}", Integer.toString(age))
                    .replace("{they}", female ? "she" : male ? "he" : "they")
                    .replace("{them}", female ? "her" : male ? "him" : "them")
                    .replace("{their}", female ? "her" : male ? "his" : "their")
                    .replace("{has}", female || male ? "has" : "have")
                    .replace("{is}", female || male ? "is" : "are")
                    .replace("{was}", female || male ? "was" : "were")
                    .replace("{school}", school == null ? "school" : school)
                    .replace("{street}", street)
                    .replace("{town}", town)
                    .replace("{other_town}", otherTown)
                    .replace("{count}", Integer.toString(count))
                    .replace("{nickname}", nickname == null ? "an adult" : nickname)
                    .replace("{place}", place == null ? "an address in town" : place)
                    .replace("{vehicle}", vehicle == null ? "not known" : vehicle)
                    .replace("{phone}", phone == null ? "not known" : phone);
        }
    }
}
