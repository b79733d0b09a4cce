package com.huike.crm.shared.web;

import java.beans.PropertyEditorSupport;

import com.huike.crm.shared.Text;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.stereotype.Component;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Text that comes in — a form field, a query parameter, a JSON string — is refused when
 * it holds control characters ({@link Text}): a form shows the message next to the field
 * and keeps what was typed, the API answers 400 naming the field. One rule at the
 * boundary for every feature, so a NUL never reaches PostgreSQL (which would refuse it
 * with a 500) and no text renders as empty boxes.
 */
@ControllerAdvice
class TextInput {

	@InitBinder
	void refuseControlCharacters(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new TextEditor());
	}

	/**
	 * A form field or parameter: a type mismatch ({@code typeMismatch.java.lang.String}).
	 */
	static final class TextEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (Text.hasControlCharacters(text)) {
				throw new IllegalArgumentException("control characters in text");
			}
			setValue(text);
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

	/** JSON strings of the API: the same rule, through the one JSON mapper. */
	@Component
	static class Json extends SimpleModule {

		Json() {
			super("huike-text-input");
			addDeserializer(String.class, new Strings());
		}

	}

	static final class Strings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) {
			String value = super.deserialize(p, ctxt);
			if (Text.hasControlCharacters(value)) {
				throw new ControlCharacters(p);
			}
			return value;
		}

	}

	/** A JSON string with control characters; answered 400 naming its field. */
	static final class ControlCharacters extends MismatchedInputException {

		ControlCharacters(JsonParser p) {
			super(p, "control characters in a string", String.class);
		}

	}

}
