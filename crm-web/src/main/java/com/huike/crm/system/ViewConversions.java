package com.huike.crm.system;

import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;

/**
 * The conversions of the templates' expressions: an argument that already is of the
 * parameter's type is passed as it is. Spring's conversion service, which SpEL asks for
 * every argument of every method a template calls, checks a map or a collection element
 * by element even then: {@code @profileText.value(f, archive.answers)} walked the
 * archive's hundred answers for each of its hundred fields, 13 % of the archive page's
 * time (docs/performance.md, "Rendering"). Templates never rely on a conversion of the
 * elements of a map or a list they pass; everything else is converted as before.
 */
final class ViewConversions implements ConversionService {

	private final ConversionService conversions;

	ViewConversions(ConversionService conversions) {
		this.conversions = conversions;
	}

	@Override
	public boolean canConvert(Class<?> sourceType, Class<?> targetType) {
		return this.conversions.canConvert(sourceType, targetType);
	}

	@Override
	public boolean canConvert(TypeDescriptor sourceType, TypeDescriptor targetType) {
		return this.conversions.canConvert(sourceType, targetType);
	}

	@Override
	public <T> T convert(Object source, Class<T> targetType) {
		return this.conversions.convert(source, targetType);
	}

	@Override
	public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
		if (source != null && targetType.getObjectType().isInstance(source)) {
			return source;
		}
		return this.conversions.convert(source, sourceType, targetType);
	}

}
