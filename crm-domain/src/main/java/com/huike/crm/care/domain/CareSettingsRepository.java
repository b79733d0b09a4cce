package com.huike.crm.care.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CareSettingsRepository extends JpaRepository<CareSettings, Short> {

}
