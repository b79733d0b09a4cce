package com.huike.crm.visitplan.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VisitPlanSettingsRepository extends JpaRepository<VisitPlanSettings, Short> {

}
