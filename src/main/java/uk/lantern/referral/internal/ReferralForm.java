package uk.lantern.referral.internal;

import java.util.ArrayList;
import java.util.List;

import uk.lantern.people.ChildInput;
import uk.lantern.referral.NewReferral;

/** The "raise a concern" form, bound from the page: up to two children, the concern and how urgent it is. */
public class ReferralForm {

    /** One child's fields on the form. */
    public static class ChildFields {
        private String firstName;
        private String surname;
        private String dateOfBirth;
        private String areaCode;

        boolean isBlank() {
            return blank(firstName) && blank(surname) && blank(dateOfBirth);
        }

        ChildInput toInput() {
            return ChildInput.minimal(firstName, surname, dateOfBirth, areaCode);
        }

        public String getFirstName() {
            return firstName;
        }

        public void setFirstName(String firstName) {
            this.firstName = firstName;
        }

        public String getSurname() {
            return surname;
        }

        public void setSurname(String surname) {
            this.surname = surname;
        }

        public String getDateOfBirth() {
            return dateOfBirth;
        }

        public void setDateOfBirth(String dateOfBirth) {
            this.dateOfBirth = dateOfBirth;
        }

        public String getAreaCode() {
            return areaCode;
        }

        public void setAreaCode(String areaCode) {
            this.areaCode = areaCode;
        }
    }

    private List<ChildFields> children = new ArrayList<>(List.of(new ChildFields(), new ChildFields()));
    private String concern;
    private Boolean cseConcern;
    private List<String> indicators = new ArrayList<>();
    private String urgency;
    private String lawfulBasis = "PUBLIC_TASK";
    private String contact;
    private boolean wordingReviewed;

    /** The second child is optional: a blank second child is not a child. */
    NewReferral toNewReferral() {
        List<ChildInput> named = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            if (i == 0 || !children.get(i).isBlank()) {
                named.add(children.get(i).toInput());
            }
        }
        return new NewReferral(named, concern, cseConcern, indicators, urgency, lawfulBasis, contact);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public List<ChildFields> getChildren() {
        return children;
    }

    public void setChildren(List<ChildFields> children) {
        this.children = children;
    }

    public String getConcern() {
        return concern;
    }

    public void setConcern(String concern) {
        this.concern = concern;
    }

    public Boolean getCseConcern() {
        return cseConcern;
    }

    public void setCseConcern(Boolean cseConcern) {
        this.cseConcern = cseConcern;
    }

    public List<String> getIndicators() {
        return indicators;
    }

    public void setIndicators(List<String> indicators) {
        this.indicators = indicators == null ? new ArrayList<>() : indicators;
    }

    public String getUrgency() {
        return urgency;
    }

    public void setUrgency(String urgency) {
        this.urgency = urgency;
    }

    public String getLawfulBasis() {
        return lawfulBasis;
    }

    public void setLawfulBasis(String lawfulBasis) {
        this.lawfulBasis = lawfulBasis;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public boolean isWordingReviewed() {
        return wordingReviewed;
    }

    public void setWordingReviewed(boolean wordingReviewed) {
        this.wordingReviewed = wordingReviewed;
    }
}
