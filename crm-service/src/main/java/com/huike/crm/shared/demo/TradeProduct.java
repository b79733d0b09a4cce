package com.huike.crm.shared.demo;

import java.math.BigDecimal;

/**
 * A cigarette of the demo's product list (卷烟品规), as the trade sells it to retailers: by
 * the carton (条, ten packs of twenty).
 *
 * @param name brand and variety, e.g. 中华(硬)
 * @param model pack and cigarette, e.g. 硬盒 84mm 20支/包
 * @param pack how it is sold, e.g. 条装 10包/条
 * @param wholesalePrice the price a retailer pays per carton, in yuan
 * @param retailPrice the suggested retail price per carton (零售指导价), in yuan
 * @param tier the price class
 * @param scarce a 紧俏 product, allotted to retailers in limited quantities
 */
public record TradeProduct(String name, String model, String pack, BigDecimal wholesalePrice, BigDecimal retailPrice,
		Tier tier, boolean scarce) {

	/** The price class: 高端, 中档, 普通. */
	public enum Tier {

		HIGH, MIDDLE, ORDINARY

	}

}
