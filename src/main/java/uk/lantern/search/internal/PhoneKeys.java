package uk.lantern.search.internal;

import java.util.LinkedHashSet;
import java.util.List;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * The digit strings a phone number is stored as, typed one way or another: an adult's phone is kept as written, and
 * indexed by its digits alone, so 07700 900123 is found whether it was written that way or as +44 7700 900123.
 */
final class PhoneKeys {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private PhoneKeys() {
    }

    /** National (0…) and international (44…) digits of a possible number, read as UK unless it has a +; empty if none. */
    static List<String> digitForms(String text) {
        try {
            PhoneNumber number = PHONES.parse(text, "GB");
            if (!PHONES.isPossibleNumber(number)) {
                return List.of();
            }
            String significant = PHONES.getNationalSignificantNumber(number);
            LinkedHashSet<String> forms = new LinkedHashSet<>();
            forms.add(number.getCountryCode() + significant);
            if (number.getCountryCode() == 44) {
                forms.add("0" + significant);
            }
            return List.copyOf(forms);
        } catch (NumberParseException notAPhoneNumber) {
            return List.of();
        }
    }
}
