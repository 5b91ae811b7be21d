package org.callsheet.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.callsheet.logic.customers.CustomerFilter;
import org.callsheet.logic.customers.CustomerRepository;
import org.callsheet.logic.customers.CustomerSort;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerStatus;

/**
 * Which customers {@code callsheet profile} prints, in print order: the ids given (external id or
 * uid, in the order given), or the customers of some tiers, optionally of one region (a province,
 * city or district), in the customer book's order (by name). Anything unknown is a usage error
 * that names it.
 */
final class ProfileSelection {
    private final CustomerRepository customers;
    private final ProfileTexts texts;

    ProfileSelection(CustomerRepository customers, ProfileTexts texts) {
        this.customers = customers;
        this.texts = texts;
    }

    List<Long> byIds(List<String> ids) {
        Set<Long> out = new LinkedHashSet<>();
        for (String id : ids) {
            String wanted = id.strip();
            Customer customer = customers.findByExternalId(wanted).or(() -> customers.findByUid(wanted))
                    .orElseThrow(() -> new CliFailure(ExitCodes.USAGE, texts.text("profile.error.unknownId", id)));
            out.add(customer.id());
        }
        return List.copyOf(out);
    }

    List<Long> byStatus(String tiers, String region) {
        Set<CustomerStatus> statuses = EnumSet.noneOf(CustomerStatus.class);
        for (String tier : tiers.split(",")) {
            if (tier.isBlank()) {
                continue;
            }
            try {
                statuses.add(CustomerStatus.valueOf(tier.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new CliFailure(ExitCodes.USAGE, texts.text("profile.error.status", tier.strip()));
            }
        }
        if (statuses.isEmpty()) {
            throw new CliFailure(ExitCodes.USAGE, texts.text("profile.error.status", tiers));
        }
        CustomerFilter filter = region == null || region.isBlank()
                ? new CustomerFilter(statuses, "", "", "", "", "")
                : regionFilter(statuses, region.strip());
        List<Long> ids = new ArrayList<>();
        for (long id : customers.findIds(filter, CustomerSort.DEFAULT)) {
            ids.add(id);
        }
        return ids;
    }

    private CustomerFilter regionFilter(Set<CustomerStatus> statuses, String region) {
        List<String> provinces = customers.provinces();
        if (provinces.contains(region)) {
            return new CustomerFilter(statuses, region, "", "", "", "");
        }
        for (String province : provinces) {
            if (customers.cities(province).contains(region)) {
                return new CustomerFilter(statuses, province, region, "", "", "");
            }
        }
        for (String province : provinces) {
            for (String city : customers.cities(province)) {
                Optional<String> district = customers.districts(province, city).stream()
                        .filter(region::equals).findFirst();
                if (district.isPresent()) {
                    return new CustomerFilter(statuses, province, city, region, "", "");
                }
            }
        }
        throw new CliFailure(ExitCodes.USAGE, texts.text("profile.error.region", region));
    }
}
