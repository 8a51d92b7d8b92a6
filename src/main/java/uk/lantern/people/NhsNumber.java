package uk.lantern.people;

/**
 * NHS numbers: ten digits whose last is a modulus 11 check digit. The first nine digits are weighted 10 down to 2;
 * the check digit is 11 minus the remainder of the sum divided by 11, where 11 becomes 0 and 10 means the number
 * is not valid.
 */
public final class NhsNumber {

    private NhsNumber() {
    }

    /** The ten digits with spaces removed, or null when the text is not a valid NHS number. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replace(" ", "").replace("-", "");
        return isValid(digits) ? digits : null;
    }

    public static boolean isValid(String digits) {
        if (digits == null || !digits.matches("\\d{10}")) {
            return false;
        }
        Integer check = checkDigit(digits.substring(0, 9));
        return check != null && check == digits.charAt(9) - '0';
    }

    /** The check digit for nine digits, or null when no valid number starts with them. */
    public static Integer checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            return 0;
        }
        return check == 10 ? null : check;
    }
}
