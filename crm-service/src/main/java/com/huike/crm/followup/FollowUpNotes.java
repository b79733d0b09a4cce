package com.huike.crm.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import com.huike.crm.customer.domain.Grade;
import com.huike.crm.followup.domain.Channel;
import com.huike.crm.shared.demo.DemoRandom;
import com.huike.crm.shared.demo.TradeProduct;
import com.huike.crm.shared.demo.TradeProducts;
import com.huike.crm.shared.demo.TradeSeason;

/**
 * What a customer manager of the tobacco trade writes into the follow-up log of a
 * retailer (卷烟零售户): orders, display, prices, new products, consumers' feedback, worries
 * about 窜货 and 砸价, stocking up for the festivals, scarce goods — for the demo's
 * follow-ups ({@link FollowUpHistory}). {@code {p}} and {@code {q}} stand for two
 * products of the list, {@code {n}} for a number of cartons, {@code {f}} for the festival
 * ahead.
 */
final class FollowUpNotes {

	/**
	 * How the customer was contacted, what was discussed, the outcome and next step (or
	 * null).
	 */
	record Note(Channel channel, String content, String outcome, String nextStep) {
	}

	private static final List<Note> ORDINARY = List.of(
			visit("到店拜访，核对本周订单：{p}、{q}各{n}条，提醒在订货日前完成网上订货。", "订单已确认，结算账户余额充足。", "下个订货日前电话提醒。"),
			visit("检查柜台陈列，{p}摆放位置偏低，协助调到主陈列区，补齐价签。", "陈列调整到位，价签齐全。", "下次拜访复查陈列效果。"),
			visit("核查明码标价，{p}实际售价高于零售指导价，讲解按指导价销售的要求。", "客户当场更换了价签。", "一周后复查价格执行情况。"),
			visit("推介{p}，介绍规格、零售指导价和主要消费群体，建议先少量试销。", "客户同意试销，首批订{n}条。", "两周后回访动销情况。"),
			visit("了解消费者反馈：{p}回头客多，{q}近期动销偏慢。", "建议减少{q}订量、增加{p}，客户认可。", "下次订货时调整品规结构。"),
			visit("客户反映附近有店低价销售{p}，疑似外地窜货，担心冲击自己的生意。", "已记录店名和价格，上报专卖稽查。", "跟进核查结果并向客户反馈。"),
			visit("帮客户分析近三个月销售数据，{p}占比偏高，品规结构单一。", "建议增加两个中档品规，客户表示认可。", "下月复盘销售结构。"),
			visit("检查“不向未成年人售烟”标识和零售许可证悬挂情况。", "标识齐全，许可证在有效期内。", null),
			visit("指导客户用零售终端扫码入库、扫码销售，便于采集销售数据。", "客户已能独立操作。", "月底查看数据上传情况。"),
			visit("沟通店面形象提升，客户有意更换卷烟专柜。", "已介绍终端建设标准，客户还在考虑预算。", "两周后确认是否申报。"),
			visit("提醒客户辨别假冒卷烟，讲解几种常见的识别方法。", "客户表示只从正规渠道进货。", null),
			visit("了解经营情况：店里客流稳定，卷烟销售约占营业额三成。", "客户对目前的货源投放基本满意。", "保持常规走访。"),
			phone("电话提醒明天是订货日，确认{p}的订量。", "客户确认订{n}条。", null),
			phone("客户来电询问{p}的货源。", "属紧俏品规，按档位限量投放，已记下需求。", "到货后第一时间电话告知。"),
			phone("电话告知结算账户余额不足，订单未能提交成功。", "客户当天存款，订单已补交。", null),
			phone("电话回访上周订的{p}卖得怎样。", "客户说卖得不错，准备加订。", "下个订货日跟进。"),
			phone("客户来电反映周边同行压价销售{p}，利润空间被压缩。", "解释了价格管控措施，客户情绪平稳。", "持续关注周边价格，必要时上报。"),
			phone("提醒烟草专卖零售许可证两个月后到期，需提前办理延续手续。", "客户已着手准备材料。", "下次拜访时检查材料。"),
			message("微信发送本周货源信息和新品介绍。", "客户回复已收到。", null), message("短信提醒本周订货时间调整到周三。", "客户回复确认。", null),
			message("微信发送{p}的陈列示意图。", "客户按图调整了陈列并回传照片。", null),
			event("邀请客户参加零售户座谈会，交流经营经验。", "客户参会并分享了自己的陈列做法。", "会后发送会议纪要。"),
			event("客户参加新品品鉴会，试吸了{p}。", "客户对口感评价不错，有意订货。", "下个订货日跟进订单。"),
			event("客户参加“诚信经营户”评选宣讲会。", "客户有意报名参评。", "协助准备申报材料。"), event("客户参加卷烟零售经营培训班。", "学习了陈列和会员维护的做法。", null),
			other("客户店面装修，暂停营业一周。", "预计下周恢复营业。", "恢复营业后上门拜访。"),
			other("客户外出进货，店员代为沟通本周订货。", "店员确认了订货品规。", "下次拜访时与客户本人确认。"),
			other("协助客户办理结算银行卡变更。", "变更手续已提交。", "确认新卡签约成功。"));

	/** Stocking up for the festival ahead. */
	private static final List<Note> FESTIVAL = List.of(
			visit("{f}临近，与客户商量节日备货，{p}的需求明显上升。", "客户计划分两次备货，先订{n}条。", "节前一周再确认货源。"),
			phone("{f}前电话了解备货计划。", "客户准备多备{p}，已提醒提前订货。", "节前再确认一次。"),
			message("微信发送{f}备货建议和热销品规清单。", "客户回复会按建议备货。", null),
			visit("检查{f}备货情况，{p}库存偏少。", "建议本周加订{n}条，客户同意。", "下个订货日确认到货。"));

	/** A customer with a need that closes within a month (A): worked daily. */
	private static final List<Note> CLOSING = List.of(
			visit("跟进新店开业筹备，确认首批订货品规：{p}、{q}。", "首批订单意向明确，约{n}条。", "明天确认开业时间。"),
			phone("跟进客户的团购订单，确认{p}的数量。", "客户初步确认{n}条。", "明天电话确认最终数量。"),
			visit("客户申请提升订货档位，核实近期销量和经营面积。", "材料基本齐全，预计本月内审批。", "明天补拍店面照片。"),
			phone("电话确认{p}订单的结算方式。", "客户同意走电子结算。", "明天跟进订单提交。"),
			message("微信发送{p}、{q}的到货时间。", "客户回复按时收货。", "明天电话确认收货。"));

	/** A customer with no need any more (E). */
	private static final List<Note> DEAD = List.of(visit("到店了解，店铺已转让，新店主暂不经营卷烟。", "原客户已申请停业。", "一年后回访是否恢复经营。"),
			phone("电话回访，客户表示已转行，不再经营卷烟。", "客户不再订货。", "每年回访一次。"),
			visit("门店因拆迁关闭，零售许可证已注销。", "客户暂无在新址开店的打算。", "留意客户是否另址开店。"), phone("电话问候，了解客户近况。", "客户仍未恢复经营。", null));

	/** A customer met for the first time, just after the archive was opened. */
	private static final List<Note> FIRST = List.of(
			visit("新办证零售户首次拜访，介绍订货流程、电子结算方式和客户经理联系方式。", "客户已开通网上订货。", "一周后回访首次订货情况。"),
			visit("首次上门建档，了解门店位置、经营面积和主要客群。", "已采集客户资料和门店照片。", "下次拜访时推介适销品规。"));

	private static final List<String> UP_TO_A = List.of("新店即将开业，首批订货需逐日跟进", "申请提升订货档位，本月内落实", "节日团购意向明确，预计一个月内成交");

	private static final List<String> UP_TO_B = List.of("经营面积扩大，月销量稳步上升，三个月内有扩大订货的计划", "新品试销效果好，有意增加中高档品规",
			"主动提出三个月内更换卷烟专柜、扩大陈列");

	private static final List<String> UP_TO_C_OR_D = List.of("近期多次主动询问货源，半年内有合作意向", "周边新建小区入住，客流增加，需求回升");

	private static final List<String> A_TO_B = List.of("首批订货已落实，转入每周常规跟进", "档位调整已完成，需求转为常规");

	private static final List<String> DOWN = List.of("销量下滑，订货频次减少", "精力转向副食经营，卷烟订量下降", "周边新开便利店分流客源，需求放缓",
			"资金周转紧张，订货意愿减弱");

	private static final List<String> TO_E = List.of("店铺转让，新店主暂不经营卷烟", "客户转行，已申请停业", "门店拆迁关闭，许可证注销");

	private static final List<String> REVIVED = List.of("新店主接手并办妥许可证，恢复经营卷烟", "客户另址重新开店，恢复订货");

	private FollowUpNotes() {
	}

	/**
	 * The note of a follow-up on that day with the grade decided after it, by the channel
	 * wanted when the notes of that grade have one of it.
	 */
	static Note note(Grade grade, Channel channel, boolean first, LocalDate day, SplittableRandom random) {
		Optional<String> festival = TradeSeason.festivalAhead(day);
		List<Note> pool;
		if (first && channel == Channel.VISIT) {
			pool = FIRST;
		}
		else if (grade == Grade.E) {
			pool = DEAD;
		}
		else if (grade == Grade.A && DemoRandom.chance(random, 0.6)) {
			pool = CLOSING;
		}
		else if (festival.isPresent() && DemoRandom.chance(random, 0.5)) {
			pool = FESTIVAL;
		}
		else {
			pool = ORDINARY;
		}
		List<Note> fitting = pool.stream().filter(n -> n.channel() == channel).toList();
		Note note = DemoRandom.pick(random, fitting.isEmpty() ? pool : fitting);
		String[] slots = slots(festival, random);
		return new Note(note.channel(), fill(note.content(), slots), fill(note.outcome(), slots),
				fill(note.nextStep(), slots));
	}

	/** Why the grade changed. */
	static String reason(Grade from, Grade to, SplittableRandom random) {
		List<String> pool;
		if (to == Grade.E) {
			pool = TO_E;
		}
		else if (from == Grade.E) {
			pool = REVIVED;
		}
		else if (to == Grade.A) {
			pool = UP_TO_A;
		}
		else if (from == Grade.A) {
			pool = A_TO_B;
		}
		else if (to.ordinal() > from.ordinal()) {
			pool = DOWN;
		}
		else {
			pool = (to == Grade.B) ? UP_TO_B : UP_TO_C_OR_D;
		}
		return DemoRandom.pick(random, pool);
	}

	private static String[] slots(Optional<String> festival, SplittableRandom random) {
		TradeProduct p = DemoRandom.pick(random, TradeProducts.ALL);
		TradeProduct q = DemoRandom.pick(random, TradeProducts.ALL);
		while (q.equals(p)) {
			q = DemoRandom.pick(random, TradeProducts.ALL);
		}
		return new String[] { p.name(), q.name(), String.valueOf(DemoRandom.between(random, 2, 20)),
				festival.orElse("节日") };
	}

	private static String fill(String template, String[] slots) {
		if (template == null) {
			return null;
		}
		return template.replace("{f}", slots[3])
			.replace("{p}", slots[0])
			.replace("{q}", slots[1])
			.replace("{n}", slots[2]);
	}

	private static Note visit(String content, String outcome, String nextStep) {
		return new Note(Channel.VISIT, content, outcome, nextStep);
	}

	private static Note phone(String content, String outcome, String nextStep) {
		return new Note(Channel.PHONE, content, outcome, nextStep);
	}

	private static Note message(String content, String outcome, String nextStep) {
		return new Note(Channel.MESSAGE, content, outcome, nextStep);
	}

	private static Note event(String content, String outcome, String nextStep) {
		return new Note(Channel.EVENT, content, outcome, nextStep);
	}

	private static Note other(String content, String outcome, String nextStep) {
		return new Note(Channel.OTHER, content, outcome, nextStep);
	}

}
