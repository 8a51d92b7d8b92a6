package uk.lantern.oversight.internal.baseline;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The DfE's three-digit number for each local authority ONS code (Barnsley is 370), from the DfE code lookup.
 *
 * <p>The DfE keeps an authority's number when the ONS gives the same area a new code: Barnsley's 2025 code E08000038
 * and the E08000016 it replaced are both 370, and so are the county and unitary codes of Buckinghamshire (825). A
 * figure published under the old code therefore belongs to the new one. Numbers change when the area changes
 * (Northamptonshire 928 became 940 and 941), so a figure never passes between different areas.
 */
final class DfeLocalAuthorityNumbers {

    private static final Pattern DFE_NUMBER = Pattern.compile("\\d{3}");

    private final Map<String, String> numberByCode = new HashMap<>();

    DfeLocalAuthorityNumbers() {
        for (Map<String, String> row : ReferenceCsv.read("dfe_las_old_new_codes.csv")) {
            // Joint rows such as "940 / 941" describe shared returns, not an authority, and the lookup marks
            // authorities abolished before 2009 with "x"; neither is a number a figure can be found under.
            String number = row.get("old_la_code");
            if (DFE_NUMBER.matcher(number).matches()) {
                numberByCode.put(row.get("new_la_code"), number);
            }
        }
    }

    Optional<String> of(String onsCode) {
        return Optional.ofNullable(numberByCode.get(onsCode));
    }
}
