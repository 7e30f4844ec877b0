package org.arbot.app.cashapp;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Makes up distinct, realistic company names for generated customers and for payers that are not customers. */
final class CompanyNames {

    private static final List<String> FIRST = List.of("Acme", "Summit", "Blue Ridge", "Northwind", "Harbor", "Pioneer",
            "Granite", "Cedar", "Maple", "Silver", "Golden", "Eagle", "Liberty", "Heritage", "Keystone", "Pacific",
            "Atlantic", "Midwest", "Lakeside", "Riverbend", "Redwood", "Oakmont", "Sterling", "Crescent", "Apex", "Vertex",
            "Prairie", "Coastal", "Evergreen", "Frontier", "Bayview", "Ironwood", "Westfield", "Brookline", "Highland",
            "Sunrise", "Meridian", "Canyon", "Falcon", "Juniper", "Magnolia", "Orchard", "Patriot", "Quarry", "Sequoia",
            "Tidewater", "Union", "Valley", "Willow", "Yellowstone", "Johnson", "Miller", "Garcia", "Nguyen", "Patel",
            "O'Brien", "St. Clair", "Delta", "Triangle", "Metro");
    private static final List<String> TRADE = List.of("Industrial", "Foods", "Hardware", "Medical", "Electric", "Packaging",
            "Building", "Chemical", "Logistics", "Wholesale", "Auto Parts", "Office", "Farm", "Pet", "Home", "Outdoor",
            "Beverage", "Dairy", "Bakery", "Textile", "Paper", "Steel", "Plastics", "Lumber", "Pharmacy", "Garden", "Marine",
            "Technology", "Laboratory", "Equipment", "Restaurant", "Grocery", "Fitness", "Toy", "Furniture");
    private static final List<String> KIND = List.of("Supply", "Distributors", "Products", "Services", "Company", "Group",
            "Partners", "Traders", "Stores", "Markets", "Manufacturing", "Systems", "International", "Solutions", "Brothers",
            "Enterprises", "Associates", "Holdings of America", "Outlet", "Depot");
    private static final List<String> LEGAL = List.of("Inc.", "LLC", "Corp.", "Co.", "Ltd", "", "", "Inc");
    private static final List<String> STRANGER = List.of("Quantum", "Nimbus", "Zephyr", "Obsidian", "Lumen", "Kestrel",
            "Borealis", "Cobalt", "Halcyon", "Ember", "Saffron", "Tundra", "Vireo", "Xylo", "Zenith");

    private final Random random;
    private final Set<String> used = new HashSet<>();

    CompanyNames(Random random) {
        this.random = random;
    }

    /** A customer name not given before. */
    String next() {
        for (int tries = 0; ; tries++) {
            String name = pick(FIRST) + " " + pick(TRADE) + " " + pick(KIND);
            if (tries > 50) {
                name = name + " " + (tries % 9 + 2);
            }
            if (used.add(PayerNamesKey.of(name))) {
                String legal = pick(LEGAL);
                return legal.isEmpty() ? name : name + (random.nextBoolean() ? ", " : " ") + legal;
            }
        }
    }

    /** A payer that is no customer: other first words, so it cannot be one by chance. */
    String stranger() {
        return pick(STRANGER) + " " + pick(TRADE) + " " + pick(KIND) + " " + pick(LEGAL);
    }

    private String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    /** Upper case letters only, to keep names distinct however they are punctuated. */
    static final class PayerNamesKey {
        static String of(String name) {
            return name.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z]", "");
        }
    }
}
