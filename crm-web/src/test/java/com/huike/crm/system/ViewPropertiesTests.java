package com.huike.crm.system;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.expression.AccessException;
import org.springframework.expression.spel.support.StandardEvaluationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The templates' accessor of the application's objects: record components and getters the
 * application declares, nothing of Object (no getClass), nothing of other libraries'
 * objects, and no writes.
 */
class ViewPropertiesTests {

	record Line(String mark, List<String> cells) {

		public boolean isDone() {
			return "★".equals(mark);
		}

	}

	static class Bean {

		public String getName() {
			return "王经理";
		}

	}

	final StandardEvaluationContext context = new StandardEvaluationContext();

	final ViewProperties properties = ViewProperties.INSTANCE;

	@Test
	void readsRecordComponentsAndGettersOfTheApplication() throws Exception {
		Line line = new Line("★", List.of("a"));
		assertThat(properties.canRead(context, line, "mark")).isTrue();
		assertThat(properties.read(context, line, "mark").getValue()).isEqualTo("★");
		assertThat(properties.read(context, line, "cells").getTypeDescriptor().isCollection()).isTrue();
		assertThat(properties.read(context, line, "done").getValue()).isEqualTo(true);
		assertThat(properties.read(context, new Bean(), "name").getValue()).isEqualTo("王经理");
	}

	@Test
	void leavesEverythingElseToThymeleaf() throws Exception {
		Line line = new Line("☆", List.of());
		// what Object declares
		assertThat(properties.canRead(context, line, "class")).isFalse();
		assertThat(properties.canRead(context, new Bean(), "class")).isFalse();
		// no such property, an empty name
		assertThat(properties.canRead(context, line, "nothing")).isFalse();
		assertThat(properties.canRead(context, line, "")).isFalse();
		// another library's objects, null
		assertThat(properties.canRead(context, "text", "bytes")).isFalse();
		assertThat(properties.canRead(context, List.of(1), "empty")).isFalse();
		assertThat(properties.canRead(context, null, "mark")).isFalse();
		assertThatThrownBy(() -> properties.read(context, "text", "bytes")).isInstanceOf(AccessException.class);
		// and it writes nothing
		assertThat(properties.canWrite(context, line, "mark")).isFalse();
		assertThatThrownBy(() -> properties.write(context, line, "mark", "★")).isInstanceOf(AccessException.class);
	}

}
