package org.arbot.intacct.sandbox;

import java.util.List;
import java.util.Map;

/** The names the demo company uses: parent groups with their subsidiaries, stand-alone customers, trade names, collectors. */
final class DemoNames {

    private DemoNames() {
    }

    /** Parent company first, then the subsidiaries it pays for. */
    static final List<List<String>> GROUPS = List.of(
            List.of("Harbor Foods Group", "Harbor Foods LLC", "Harbor Foods Northwest LLC"),
            List.of("Summit Grocers Holdings", "Summit Grocers Inc", "Summit Market Express"),
            List.of("Great Plains Provisions Corp", "Prairie Fresh Markets", "Great Plains Foodservice"),
            List.of("Coastal Hospitality Group", "Seaside Bistro Co", "Coastal Catering LLC"),
            List.of("Midwest Distribution Holdings", "Lakeshore Wholesale Inc", "Heartland Supply Co"));

    static final List<String> STANDALONE = List.of(
            "Acme Foods Inc", "Blue Ridge Provisions", "Cedar Valley Farms", "Golden Gate Grocers",
            "Northstar Restaurant Supply", "Evergreen Natural Foods", "Riverbend Bakery Co", "Pioneer Meat Packers",
            "Sunrise Dairy Cooperative", "Redwood Coffee Roasters", "Silver Spoon Catering", "Maple Leaf Markets",
            "Bayview Seafood Co", "Granite State Foods", "Magnolia Kitchen Supply", "Copper Kettle Brewing",
            "Twin Rivers Produce", "Oak Hill Organics", "Liberty Food Distributors", "Pacific Rim Imports",
            "Desert Sun Beverages", "Hillside Creamery", "Iron Horse Grill Group", "Lone Star Snacks Inc",
            "Mountain View Deli", "Old Mill Flour Co", "Prime Cut Butchers", "Quail Run Vineyards",
            "Rolling Hills Orchards", "Sterling Hotel Group", "Tidewater Fish Market", "Union Square Cafe Supply",
            "Valley Fresh Produce", "Westside Convenience Stores", "Whitfield & Sons Grocers", "Yellowstone Trading Co",
            "Zephyr Juice Company", "Brookfield School District", "Crescent City Caterers", "Fairway Country Club",
            "Gulf Coast Restaurants Inc", "Hudson Valley Cheese Co", "Keystone Vending LLC", "Northern Lights Bakery",
            "Orchard Park Senior Living", "Pinecrest Health Systems", "Riverside University Dining",
            "Silverline Airlines Catering", "Tri-County Food Bank", "Urban Greens Salad Co", "Vista Point Resorts");

    /** Trade names some customers use on their payments. */
    static final Map<String, String> TRADE_NAMES = Map.of(
            "Blue Ridge Provisions", "BRP Foodservice",
            "Iron Horse Grill Group", "Iron Horse Grill",
            "Whitfield & Sons Grocers", "Whitfield Market",
            "Sterling Hotel Group", "The Sterling",
            "Silverline Airlines Catering", "SkyChef by Silverline",
            "Lone Star Snacks Inc", "Texas Crunch Snacks");

    static final List<String> COLLECTORS = List.of("jlopez", "mchen", "asmith", "rpatel");

    static final List<String> UNKNOWN_PAYERS = List.of(
            "J SMITH CONSULTING", "NORTHWIND TRADERS", "CITY OF SPRINGFIELD", "M GARCIA", "FIRST STATE BANK REF");

    static final List<String> ITEMS = List.of("Dry goods case", "Frozen pallet", "Produce crate", "Dairy case", "Beverage case");
}
