package com.huike.crm.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPreProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.ITemplateStart;
import org.thymeleaf.preprocessor.IPreProcessor;
import org.thymeleaf.preprocessor.PreProcessor;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Puts {@link ViewProperties} first among the property accessors of each page's
 * evaluation context (which Thymeleaf makes anew for every page), as the page starts.
 */
@Component
class ViewPropertiesDialect extends AbstractDialect implements IPreProcessorDialect {

	ViewPropertiesDialect() {
		super("huike-view-properties");
	}

	@Override
	public int getDialectPreProcessorPrecedence() {
		return 0;
	}

	@Override
	public Set<IPreProcessor> getPreProcessors() {
		return Set.of(new PreProcessor(TemplateMode.HTML, Handler.class, 0));
	}

	/** At the start of a page: the accessor, once. */
	public static final class Handler extends AbstractTemplateHandler {

		@Override
		public void handleTemplateStart(ITemplateStart templateStart) {
			Object context = getContext()
				.getVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME);
			if (context instanceof StandardEvaluationContext evaluation
					&& !evaluation.getPropertyAccessors().contains(ViewProperties.INSTANCE)) {
				List<PropertyAccessor> accessors = new ArrayList<>(evaluation.getPropertyAccessors());
				accessors.add(0, ViewProperties.INSTANCE);
				evaluation.setPropertyAccessors(accessors);
			}
			super.handleTemplateStart(templateStart);
		}

	}

}
