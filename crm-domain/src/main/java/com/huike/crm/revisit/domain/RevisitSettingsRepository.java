package com.huike.crm.revisit.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RevisitSettingsRepository extends JpaRepository<RevisitSettings, Short> {

}
