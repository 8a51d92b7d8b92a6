package uk.lantern.resolution.internal;

import java.util.SplittableRandom;

/**
 * The agencies whose records make up the hard UK set, each with its own habits. Police officers write what they
 * hear: nicknames and phonetic spellings, often no date of birth or only a year or an estimated 1 January, half their
 * records in the capitals of one force system, no NHS number. Health writes formal names, full dates of birth and the
 * NHS number. Schools and children's homes record only children (a child in care at the home's address); housing
 * only adults, always with the address and in capitals. Social care records children and the adults who care for
 * them.
 *
 * <p>The shares below are of an agency's records; see {@link Dates}, {@link Names} and {@link Contacts}.
 */
enum UkAgency {
    POLICE("police", new Dates(0.20, 0.12, 0.02, 0.09), new Names(0.30, 0.20, 0.02, 0.50, 0.06, 0.30),
            new Contacts(0, 0.30, 0.20, 0.08, 0.55, 0.05)),
    SOCIAL_CARE("social_care", new Dates(0.06, 0.04, 0.03, 0), new Names(0.15, 0.08, 0.05, 0, 0.03, 0.45),
            new Contacts(0.35, 0.05, 0.04, 0.03, 0.40, 0.20)),
    HEALTH("health", new Dates(0.01, 0.005, 0.01, 0), new Names(0.06, 0.01, 0.30, 0, 0.02, 0.70),
            new Contacts(0.90, 0.03, 0.02, 0.005, 0.50, 0.30)),
    SCHOOL("school", new Dates(0.02, 0.01, 0.01, 0), new Names(0.10, 0.12, 0.05, 0, 0.03, 0.45),
            new Contacts(0.30, 0.05, 0.03, 0.01, 0.10, 0.45)),
    CHILDRENS_HOME("childrens_home", new Dates(0.05, 0.02, 0.02, 0), new Names(0.15, 0.15, 0.02, 0, 0.04, 0.45),
            new Contacts(0.40, 0, 0, 0.02, 0.30, 0)),
    HOUSING("housing", new Dates(0.08, 0.04, 0.02, 0), new Names(0.15, 0.05, 0.05, 1, 0.03, 0.45),
            new Contacts(0.05, 0, 0, 0.05, 0.40, 0.40));

    /**
     * How an agency writes dates of birth: the shares of its records with none, the year alone, the year and month
     * alone, and an estimated 1 January of the right year.
     */
    record Dates(double none, double yearOnly, double yearAndMonth, double firstOfJanuary) {
    }

    /**
     * How an agency writes names: the shares of its records with a respelled name, a short form of the given name,
     * the middle name in the first-name field, all in capitals, a typo in a name, and a compound given name in full
     * rather than one part of it.
     */
    record Names(double respelled, double shortForm, double middleName, double capitals, double typo,
            double compoundInFull) {
    }

    /**
     * What else an agency writes down: the shares of its records with the NHS number (where the person has one), with
     * no address line, no postcode and no sex, with the person's mobile, and with the household's landline (when no
     * mobile is written).
     */
    record Contacts(double nhsNumber, double noAddress, double noPostcode, double noSex, double mobile,
            double landline) {
    }

    final String label;
    final Dates dates;
    final Names names;
    final Contacts contacts;

    UkAgency(String label, Dates dates, Names names, Contacts contacts) {
        this.label = label;
        this.dates = dates;
        this.names = names;
        this.contacts = contacts;
    }

    /**
     * The agency that holds one of a person's records. A child's: school (aged 4 to 17) 30%, social care 25%, health
     * 20%, police (aged 10 and over) 15%, a children's home (aged 8 and over) 10%. An adult's: police 35%, health 25%,
     * social care 20% (only adults with children at home), housing 20%. An agency a person is too young for, or not a
     * parent for, is left out and the others share its weight.
     */
    static UkAgency holding(UkPerson person, SplittableRandom random) {
        int age = person.age();
        double[] weights = new double[values().length];
        if (age < 18) {
            weights[SCHOOL.ordinal()] = age >= 4 ? 0.30 : 0;
            weights[SOCIAL_CARE.ordinal()] = 0.25;
            weights[HEALTH.ordinal()] = 0.20;
            weights[POLICE.ordinal()] = age >= 10 ? 0.15 : 0;
            weights[CHILDRENS_HOME.ordinal()] = age >= 8 ? 0.10 : 0;
        } else {
            weights[POLICE.ordinal()] = 0.35;
            weights[HEALTH.ordinal()] = 0.25;
            weights[SOCIAL_CARE.ordinal()] = person.caresForChild() ? 0.20 : 0;
            weights[HOUSING.ordinal()] = 0.20;
        }
        return values()[WeightedChoice.index(weights, random)];
    }
}
