package com.huike.crm.complaint.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintSettingsRepository extends JpaRepository<ComplaintSettings, Short> {

}
