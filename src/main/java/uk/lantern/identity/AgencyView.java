package uk.lantern.identity;

import java.time.Instant;

public record AgencyView(AgencyId id, String name, AgencyType type, String areaCode, String areaName,
                         Instant createdAt) {
}
