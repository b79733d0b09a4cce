package com.huike.crm.customer;

import com.huike.crm.customer.CustomerSearchKeys.Keys;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerSearchKeysTests {

	@Test
	void nameCharactersAndPairsAreTerms() {
		Keys keys = CustomerSearchKeys.keysOf("张三丰", null);
		assertThat(keys.searchTerms()).contains("张", "三", "丰", "张三", "三丰").doesNotContain("张丰");
	}

	@Test
	void everyPrefixOfThePinyinIsATerm() {
		Keys keys = CustomerSearchKeys.keysOf("张三丰", null);
		assertThat(keys.namePinyin()).isEqualTo("zhang san feng");
		assertThat(keys.searchTerms()).contains("z", "zh", "zhang", "zhangs", "zhangsan", "zhangsanfeng", "zs", "zsf",
				"zhangsf");
	}

	@Test
	void otherReadingsOfSurnamesAreTermsToo() {
		Keys keys = CustomerSearchKeys.keysOf("单雄信", null);
		assertThat(keys.namePinyin()).isEqualTo("shan xiong xin");
		assertThat(keys.searchTerms()).contains("shan", "sxx", "danxiongxin", "dxx", "chanxiongxin");
	}

	@Test
	void companyTermsAreMarkedSoTheyNeverMatchAsName() {
		Keys keys = CustomerSearchKeys.keysOf("李四", "杭州ABC商贸有限公司");
		assertThat(keys.searchTerms()).contains("@商贸", "@杭州", "@abc", "@ab", "@a", "@c商").doesNotContain("商贸", "abc");
	}

	@Test
	void latinNamesAreFoundByAnyWord() {
		Keys keys = CustomerSearchKeys.keysOf("Tony Wang", null);
		assertThat(keys.namePinyin()).isEqualTo("tony wang");
		assertThat(keys.searchTerms()).contains("tony", "tonywang", "wang", "tw");
	}

	@Test
	void phoneDigitsKeepEveryNumberApart() {
		Keys keys = CustomerSearchKeys.keysOf("王五", null, "138-1234-5678", "(0571) 8888 6666", null);
		assertThat(keys.phoneDigits()).isEqualTo("13812345678 057188886666");
	}

	@Test
	void fullWidthInputIsFoldedLikeTheQuery() {
		assertThat(CustomerSearch.words("ＺＳ　１３８")).containsExactly("zs", "138");
		assertThat(CustomerSearch.words("zhang san  feng")).containsExactly("zhangsanfeng");
		assertThat(CustomerSearch.words("张三 138-1234")).containsExactly("张三", "138-1234");
	}

}
