package com.huike.crm.customer.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

/**
 * A customer's archive. The owning manager is referred to by id (identity is another
 * feature). The profile answers are a JSON object keyed by the keys of
 * {@code mackay66.md}; the sensitive answers are kept apart, encrypted by the service
 * before they reach this entity.
 */
@Entity
@Table(name = "customer")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Customer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, updatable = false)
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(name = "company_name")
	private String companyName;

	@Column(name = "mobile_phone")
	private String mobilePhone;

	@Column(name = "office_phone")
	private String officePhone;

	@Column(name = "home_phone")
	private String homePhone;

	@Column(name = "owner_id", nullable = false)
	private Long ownerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 1)
	private Grade grade = Grade.D;

	@Enumerated(EnumType.STRING)
	@Column(name = "deal_status", nullable = false)
	private DealStatus dealStatus = DealStatus.POTENTIAL;

	private String classification;

	@Column(name = "birth_date")
	private LocalDate birthDate;

	@Column(name = "birth_lunar", nullable = false)
	private boolean birthLunar;

	@Column(nullable = false, columnDefinition = "jsonb")
	@ColumnTransformer(write = "?::jsonb")
	private String profile = "{}";

	@Column(name = "sensitive_profile")
	private String sensitiveProfile;

	@Column(nullable = false)
	private int completeness;

	@Column(name = "name_pinyin", nullable = false)
	private String namePinyin = "";

	@Column(name = "search_terms", nullable = false)
	private String[] searchTerms = new String[0];

	@Column(name = "phone_digits", nullable = false)
	private String phoneDigits = "";

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", updatable = false)
	private Long createdBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by")
	private Long updatedBy;

	@Version
	private long version;

	public Customer(String code, String name, Long ownerId, Long createdBy) {
		if (code == null || code.isBlank()) {
			throw new IllegalArgumentException("customer code is required");
		}
		if (ownerId == null) {
			throw new IllegalArgumentException("a customer needs an owning manager");
		}
		this.code = code;
		this.ownerId = ownerId;
		this.createdBy = createdBy;
		this.createdAt = Instant.now();
		rename(name);
		touch(createdBy);
	}

	public void rename(String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("customer name is required");
		}
		this.name = name.strip();
	}

	public void changeCompany(String companyName) {
		this.companyName = blankToNull(companyName);
	}

	public void changePhones(String mobilePhone, String officePhone, String homePhone) {
		this.mobilePhone = blankToNull(mobilePhone);
		this.officePhone = blankToNull(officePhone);
		this.homePhone = blankToNull(homePhone);
	}

	public void changeBirthDate(LocalDate birthDate, boolean lunar) {
		if (birthDate != null && birthDate.isAfter(LocalDate.now())) {
			throw new IllegalArgumentException("birth date lies in the future");
		}
		this.birthDate = birthDate;
		this.birthLunar = birthDate != null && lunar;
	}

	public void classify(DealStatus dealStatus, String classification) {
		this.dealStatus = (dealStatus != null) ? dealStatus : DealStatus.POTENTIAL;
		this.classification = blankToNull(classification);
	}

	public void regrade(Grade grade) {
		if (grade == null) {
			throw new IllegalArgumentException("grade is required");
		}
		this.grade = grade;
	}

	public void reassignTo(Long ownerId) {
		if (ownerId == null) {
			throw new IllegalArgumentException("a customer needs an owning manager");
		}
		this.ownerId = ownerId;
	}

	/** Replaces the profile answers (JSON) and the encrypted sensitive answers. */
	public void replaceProfile(String profileJson, String sensitiveCipherText, int completeness) {
		this.profile = (profileJson == null || profileJson.isBlank()) ? "{}" : profileJson;
		this.sensitiveProfile = sensitiveCipherText;
		if (completeness < 0 || completeness > 100) {
			throw new IllegalArgumentException("completeness is a percentage");
		}
		this.completeness = completeness;
	}

	/** Keeps the search columns in step with name, company and phones. */
	public void reindex(String namePinyin, String[] searchTerms, String phoneDigits) {
		this.namePinyin = (namePinyin != null) ? namePinyin : "";
		this.searchTerms = (searchTerms != null) ? searchTerms : new String[0];
		this.phoneDigits = (phoneDigits != null) ? phoneDigits : "";
	}

	/** Records a real change to the archive: it resets the freshness age. */
	public void touch(Long by) {
		this.updatedAt = Instant.now();
		this.updatedBy = by;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	// --- Imported from a store's registration sheet (待核实) ---

	/**
	 * Imported from a store's customer registration sheet and not yet confirmed as real
	 * by the owning manager or the market manager (seed 002, data collection).
	 */
	@Column(name = "pending_verification", nullable = false)
	private boolean pendingVerification;

	/** The import that wrote this customer last, if any. */
	@Column(name = "import_batch_id")
	private Long importBatchId;

	/**
	 * The data were checked and are real: the archive is no longer 待核实 (confirming twice
	 * changes nothing).
	 * @return whether it was waiting
	 */
	public boolean confirmVerified(Long by) {
		if (!pendingVerification) {
			return false;
		}
		this.pendingVerification = false;
		touch(by);
		return true;
	}

	/** Written by an import; from a registration sheet it waits for verification. */
	public void importedBy(Long importBatchId, boolean fromRegistrationSheet) {
		this.importBatchId = importBatchId;
		this.pendingVerification = this.pendingVerification || fromRegistrationSheet;
	}

	// --- Grades and follow-ups (客户追踪志): the four classification views, the schedule ---

	@Enumerated(EnumType.STRING)
	@Column(name = "importance")
	private Importance importance;

	@Enumerated(EnumType.STRING)
	@Column(name = "urgency")
	private Urgency urgency;

	@Enumerated(EnumType.STRING)
	@Column(name = "need")
	private Need need;

	/**
	 * The day the next follow-up is due. A database trigger fills it for a new customer
	 * (creation day plus the cadence of its grade), whichever way the row is inserted;
	 * Hibernate reads it back after the insert.
	 */
	@Generated(event = EventType.INSERT, writable = true)
	@Column(name = "next_follow_up_on")
	private LocalDate nextFollowUpOn;

	@Column(name = "last_follow_up_at")
	private Instant lastFollowUpAt;

	/**
	 * Sets the importance, urgency and need views (seed 003); any may be unknown (null).
	 * The deal status, the first view, is set by {@link #classify}.
	 */
	public void classifyViews(Importance importance, Urgency urgency, Need need) {
		this.importance = importance;
		this.urgency = urgency;
		this.need = need;
	}

	/**
	 * Applies a tracking decision reached by the follow-up method: the deal status and
	 * the three other views, the grade, the follow-up it came with (if any) and the day
	 * the next one is due. The classification (综合分类) stays as it is.
	 */
	public void track(DealStatus dealStatus, Importance importance, Urgency urgency, Need need, Grade grade,
			Instant followedUpAt, LocalDate nextFollowUpOn, Long by) {
		classify(dealStatus, classification);
		classifyViews(importance, urgency, need);
		regrade(grade);
		if (followedUpAt != null) {
			recordFollowUp(followedUpAt);
		}
		scheduleNextFollowUp(nextFollowUpOn);
		touch(by);
	}

	/** Moves the next follow-up to the given day. */
	public void scheduleNextFollowUp(LocalDate due) {
		if (due == null) {
			throw new IllegalArgumentException("a due date is required");
		}
		this.nextFollowUpOn = due;
	}

	/**
	 * Records that the customer was followed up at {@code at}; a back-dated entry older
	 * than the last one does not move the last follow-up back.
	 */
	public void recordFollowUp(Instant at) {
		if (at == null) {
			throw new IllegalArgumentException("the follow-up time is required");
		}
		if (this.lastFollowUpAt == null || at.isAfter(this.lastFollowUpAt)) {
			this.lastFollowUpAt = at;
		}
	}

}
