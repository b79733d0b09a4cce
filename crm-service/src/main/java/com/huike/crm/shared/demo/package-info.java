/**
 * The demo data's one mechanism, which every feature uses for its part
 * ({@link com.huike.crm.shared.demo.DemoContribution}), and what the features' demo
 * generators share: seeded randomness, the product list of the trade and its seasons.
 */
package com.huike.crm.shared.demo;
