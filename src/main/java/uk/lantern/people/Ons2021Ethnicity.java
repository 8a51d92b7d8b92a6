package uk.lantern.people;

/** The 19 ethnic group categories of the 2021 Census in England and Wales. */
public enum Ons2021Ethnicity {
    BANGLADESHI("Asian", "Bangladeshi"),
    CHINESE("Asian", "Chinese"),
    INDIAN("Asian", "Indian"),
    PAKISTANI("Asian", "Pakistani"),
    OTHER_ASIAN("Asian", "Any other Asian background"),
    AFRICAN("Black", "African"),
    CARIBBEAN("Black", "Caribbean"),
    OTHER_BLACK("Black", "Any other Black, Black British or Caribbean background"),
    WHITE_AND_ASIAN("Mixed", "White and Asian"),
    WHITE_AND_BLACK_AFRICAN("Mixed", "White and Black African"),
    WHITE_AND_BLACK_CARIBBEAN("Mixed", "White and Black Caribbean"),
    OTHER_MIXED("Mixed", "Any other Mixed or multiple ethnic background"),
    WHITE_BRITISH("White", "English, Welsh, Scottish, Northern Irish or British"),
    WHITE_IRISH("White", "Irish"),
    GYPSY_OR_IRISH_TRAVELLER("White", "Gypsy or Irish Traveller"),
    ROMA("White", "Roma"),
    OTHER_WHITE("White", "Any other White background"),
    ARAB("Other", "Arab"),
    ANY_OTHER("Other", "Any other ethnic group");

    private final String group;
    private final String label;

    Ons2021Ethnicity(String group, String label) {
        this.group = group;
        this.label = label;
    }

    /** The high-level group: Asian, Black, Mixed, White or Other. */
    public String group() {
        return group;
    }

    public String label() {
        return group + ": " + label;
    }
}
