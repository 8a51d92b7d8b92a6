package uk.lantern.area.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

import uk.lantern.area.Area;
import uk.lantern.area.AreaType;
import uk.lantern.area.Areas;

/**
 * Builds the area table from the ONS lookups: each district's children's services authority is the district itself
 * when it is a unitary, metropolitan or London borough (E06, E08, E09), otherwise its county (the upper tier); the
 * police force area comes from the district's row in the police force area lookup.
 */
public final class AreaReferenceData {

    private static final String FOLDER = "/reference/areas/";
    private static final Pattern CHILDRENS_SERVICES_CODE = Pattern.compile("E(06|08|09|10)\\d{6}");

    private AreaReferenceData() {
    }

    public static Map<String, Area> load() {
        Map<String, Area> areas = new LinkedHashMap<>();
        areas.put(Areas.ENGLAND, new Area(Areas.ENGLAND, "England", AreaType.NATION, null));
        for (List<String> row : read("dfe_police_force_areas.csv")) {
            if (row.get(0).startsWith("E23") && row.get(2).equals("active")) {
                areas.put(row.get(0), new Area(row.get(0), row.get(1), AreaType.POLICE_FORCE_AREA, null));
            }
        }
        Map<String, String[]> upperTierOfDistrict = new HashMap<>();
        for (List<String> row : read("ons_ltla21_utla21_lookup.csv")) {
            upperTierOfDistrict.put(row.get(1), new String[] {row.get(3), row.get(4)});
        }
        Map<String, String> forceByAuthorityName = new HashMap<>();
        for (List<String> row : read("ons_lad23_csp23_pfa23_lookup.csv")) {
            String district = row.get(0);
            String code = district;
            String name = row.get(1);
            if (!isSingleTier(district)) {
                String[] upper = upperTierOfDistrict.get(district);
                if (upper == null || !upper[0].startsWith("E10")) {
                    continue; // a 2023 unitary absent from the 2021 lookup is listed in its own right below
                }
                code = upper[0];
                name = upper[1];
            }
            areas.putIfAbsent(code, new Area(code, name, AreaType.LOCAL_AUTHORITY, row.get(4)));
            forceByAuthorityName.putIfAbsent(name, row.get(4));
        }
        // Successor codes (for example Barnsley's 2025 code) keep the force of the authority they replaced.
        for (List<String> row : read("dfe_las_old_new_codes.csv")) {
            String code = row.get(0);
            if (row.get(7).equals("live") && CHILDRENS_SERVICES_CODE.matcher(code).matches()
                    && !areas.containsKey(code)) {
                areas.put(code, new Area(code, row.get(1), AreaType.LOCAL_AUTHORITY,
                        forceByAuthorityName.get(row.get(1))));
            }
        }
        return Map.copyOf(areas);
    }

    private static boolean isSingleTier(String districtCode) {
        return districtCode.startsWith("E06") || districtCode.startsWith("E08") || districtCode.startsWith("E09");
    }

    private static List<List<String>> read(String file) {
        try (InputStream in = AreaReferenceData.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference file " + FOLDER + file);
            }
            // The ONS files begin with a byte order mark; BOMInputStream drops it so the header parses cleanly.
            Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(),
                    StandardCharsets.UTF_8);
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : format.parse(reader)) {
                rows.add(record.toList());
            }
            return rows;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
