package com.huike.crm.system;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.shared.demo.DemoContribution;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo accounts of the README (password {@code demo123}), the first part of the demo
 * ({@link DemoData}).
 */
@Component
@Profile("demo")
@Order(1)
class DemoAccounts implements DemoContribution {

	static final String PASSWORD = "demo123";

	private final IdentityService identity;

	DemoAccounts(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public Optional<String> contribute(LocalDate today) {
		if (identity.userIdOf("admin").isPresent()) {
			return Optional.empty();
		}
		identity.createUser("admin", PASSWORD, "系统管理员", Set.of(Role.ADMIN), null, null);
		Long supervisor1 = identity.createUser("supervisor1", PASSWORD, "周市场", Set.of(Role.SUPERVISOR), null, null);
		Long supervisor2 = identity.createUser("supervisor2", PASSWORD, "吴市场", Set.of(Role.SUPERVISOR), null, null);
		Long team1 = identity.createTeam("一组", supervisor1);
		Long team2 = identity.createTeam("二组", supervisor2);
		identity.createUser("manager1", PASSWORD, "王经理", Set.of(Role.MANAGER), team1, null);
		identity.createUser("manager2", PASSWORD, "李经理", Set.of(Role.MANAGER), team1, null);
		identity.createUser("manager3", PASSWORD, "赵经理", Set.of(Role.MANAGER), team2, null);
		identity.createUser("agent1", PASSWORD, "陈客服", Set.of(Role.AGENT), null, null);
		identity.createUser("csmanager1", PASSWORD, "刘客服经理", Set.of(Role.CS_MANAGER), null, null);
		identity.createUser("handler1", PASSWORD, "孙处理", Set.of(Role.HANDLER), null, "售后服务部");
		return Optional.of("10 accounts (password " + PASSWORD + ")");
	}

}
