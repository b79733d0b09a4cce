package com.huike.crm.customer.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.huike.crm.customer.CustomerArchive;
import com.huike.crm.customer.FieldType;
import com.huike.crm.customer.ProfileCatalog;
import com.huike.crm.customer.ProfileField;
import com.huike.crm.customer.ProfileQuestion;
import com.huike.crm.customer.ProfileSection;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Shows catalog answers and history lines in the user's language, for templates:
 * {@code ${@profileText.value(field, archive.answers)}}. Everything is driven by the
 * catalog, so no template names a profile field.
 */
@Component("profileText")
public class ProfileText {

	private static final String CHILD_BIRTH_DATE = "profile.field.children.birthDate";

	private final MessageSource messages;

	private final Clock clock;

	private final ArchivePartText parts;

	ProfileText(MessageSource messages, Clock clock, ArchivePartText parts) {
		this.messages = messages;
		this.clock = clock;
		this.parts = parts;
	}

	private long age(String birthDate) {
		return ChronoUnit.YEARS.between(LocalDate.parse(birthDate), LocalDate.now(clock));
	}

	public List<ProfileSection> sections() {
		return ProfileCatalog.archiveSections();
	}

	public List<ProfileQuestion> questions(ProfileSection section) {
		return ProfileCatalog.questions(section);
	}

	/** Whether the section holds sensitive (S) fields. */
	public boolean hasSensitive(ProfileSection section) {
		return ProfileCatalog.questions(section).stream().anyMatch(ProfileQuestion::sensitive);
	}

	/**
	 * The children columns shown as table columns (the lunar flag goes with the date).
	 */
	public List<ProfileField> childColumns() {
		return ProfileCatalog.field(ProfileCatalog.CHILDREN)
			.columns()
			.stream()
			.filter(c -> c.type() != FieldType.FLAG)
			.toList();
	}

	/**
	 * The question numbers of the children rows (17–19), each shown as a question of its
	 * own.
	 */
	public List<Integer> childQuestions() {
		return childColumns().stream().map(ProfileField::question).distinct().toList();
	}

	/**
	 * The children columns of one question as the archive shows them: the child's name
	 * first (it tells the rows apart in 18 and 19), then the question's own columns.
	 */
	public List<ProfileField> childColumns(Integer question) {
		return childColumns().stream().filter(c -> c.question().equals(question) || "name".equals(c.key())).toList();
	}

	/** A field's answer as text, or {@code null} when unanswered. */
	public String value(ProfileField field, Map<String, ?> answers) {
		if (answers == null) {
			return null;
		}
		String text = scalar(field, answers.get(field.key()));
		if (text != null && field.lunarFlag() != null && Boolean.TRUE.equals(answers.get(field.lunarFlag()))) {
			text = text + " " + message("profile.lunar.suffix");
		}
		if (text != null && field.labelKey().equals(CHILD_BIRTH_DATE)) {
			text = text + " " + message("profile.age", age(answers.get(field.key()).toString()));
		}
		return text;
	}

	/**
	 * The questions of a section as the archive shows them (detail page and print), every
	 * text in the user's language: one template iteration per question and per answer,
	 * with nothing left to look up or decide per field (docs/performance.md,
	 * "Rendering"). The children's questions (17–19) come as tables: their columns and a
	 * row per child.
	 */
	public List<AnswerLine> lines(ProfileSection section, CustomerArchive archive) {
		Map<String, ?> answers = archive.answers();
		boolean visible = archive.sensitiveVisible();
		String unanswered = message("profile.unanswered");
		List<AnswerLine> lines = new ArrayList<>();
		for (ProfileQuestion q : questions(section)) {
			if (q.isChildren()) {
				List<?> rows = children(answers);
				for (Integer cq : childQuestions()) {
					List<ProfileField> columns = childColumns(cq);
					List<List<Answer>> table = new ArrayList<>(rows.size());
					for (Object row : rows) {
						Map<String, ?> child = (row instanceof Map<?, ?> m) ? cast(m) : Map.of();
						table.add(columns.stream().map(c -> answer(c, child, null, visible)).toList());
					}
					lines.add(new AnswerLine("q" + cq, cq + ".", message("profile.q." + cq),
							columns.stream().anyMatch(ProfileField::sensitive), archive.partlyAnswered(cq), List.of(),
							columns.stream().map(c -> message(c.labelKey())).toList(), table, unanswered));
				}
				continue;
			}
			List<Answer> values = q.fields()
				.stream()
				.map(f -> answer(f, answers, q.single() ? null : message("text.labelled", message(f.labelKey())),
						visible))
				.toList();
			lines.add(new AnswerLine(null, (q.number() != null) ? q.number() + "." : null, message(q.labelKey()),
					q.sensitive(), archive.partlyAnswered(q.number()), values, null, null, unanswered));
		}
		return lines;
	}

	private Answer answer(ProfileField field, Map<String, ?> answers, String label, boolean sensitiveVisible) {
		boolean hidden = field.sensitive() && !sensitiveVisible;
		return new Answer(field.key(), label, hidden ? null : value(field, answers), hidden,
				field.type() == FieldType.NOTE);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, ?> cast(Map<?, ?> map) {
		return (Map<String, ?>) map;
	}

	/**
	 * One question on the archive: {@code anchor} the id of its term (children's
	 * questions), {@code number} as shown ("17."), its label, whether it holds sensitive
	 * fields and is answered only in part; its answers, or for a table its column labels
	 * and rows; {@code unanswered} the word for an empty answer.
	 */
	public record AnswerLine(String anchor, String number, String label, boolean sensitive, boolean partly,
			List<Answer> answers, List<String> columns, List<List<Answer>> rows, String unanswered) {

		public boolean table() {
			return this.columns != null;
		}

	}

	/**
	 * One answer: the field's key, its label when its question has several fields
	 * ("籍贯："), its text ({@code null} when unanswered or hidden), whether it is hidden
	 * (sensitive, and the viewer may not read it) and a note (shown as written, line
	 * breaks kept).
	 */
	public record Answer(String key, String label, String text, boolean hidden, boolean note) {

		public boolean unanswered() {
			return this.text == null && !this.hidden;
		}

	}

	/** The children rows of the answers (empty when none). */
	public List<?> children(Map<String, ?> answers) {
		return (answers != null && answers.get(ProfileCatalog.CHILDREN) instanceof List<?> rows) ? rows : List.of();
	}

	/** Whether any field of the question is answered. */
	public boolean answered(ProfileQuestion question, Map<String, ?> answers) {
		return question.fields()
			.stream()
			.anyMatch(f -> value(f, answers) != null || (f.isChildren() && !children(answers).isEmpty()));
	}

	private String scalar(ProfileField field, Object value) {
		if (value == null || (value instanceof String s && s.isBlank())) {
			return null;
		}
		return switch (field.type()) {
			case YESNO, ENUM -> message(field.optionLabelKey(value.toString()));
			case NUMBER -> ((value instanceof BigDecimal b) ? b.toPlainString() : value.toString());
			case FLAG -> Boolean.TRUE.equals(value) ? message("profile.yesno.YES") : null;
			case CHILDREN -> null;
			default -> value.toString();
		};
	}

	/**
	 * The label of a history line's field: a catalog field, a children cell, or other.
	 */
	public String changeLabel(String path) {
		Optional<ProfileCatalog.FieldPath> resolved = ProfileCatalog.resolve(path);
		if (resolved.isPresent()) {
			ProfileCatalog.FieldPath fp = resolved.get();
			String label = message(fp.field().labelKey());
			return (fp.childRow() != null) ? message("profile.child.row", fp.childRow()) + " · " + label : label;
		}
		Optional<String> part = parts.fieldLabel(path);
		if (part.isPresent()) {
			return part.get();
		}
		String fallback = messages.getMessage("customer." + path, null, null, LocaleContextHolder.getLocale());
		return (fallback != null) ? fallback : path;
	}

	/**
	 * A history value in words (是/否, option labels…); an empty value as "（空）". Every page
	 * that shows archive changes (history, recent changes, timeline) words them so.
	 */
	public String changeValue(String path, String value) {
		if (value == null) {
			return message("profile.history.blank");
		}
		Optional<String> part = parts.value(path, value);
		if (part.isPresent()) {
			return part.get();
		}
		return ProfileCatalog.resolve(path).map(fp -> {
			ProfileField field = fp.field();
			return switch (field.type()) {
				case YESNO, ENUM ->
					messages.getMessage(field.optionLabelKey(value), null, value, LocaleContextHolder.getLocale());
				case FLAG -> "true".equals(value) ? message("profile.yesno.YES") : message("profile.yesno.NO");
				default -> value;
			};
		}).orElse(value);
	}

	/** The label of a history line's section key. */
	public String sectionLabel(String key) {
		return ProfileSection.fromKey(key)
			.map(s -> message(s.labelKey()))
			.or(() -> parts.sectionLabel(key))
			.orElseGet(() -> (key != null) ? key : "");
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}

}
