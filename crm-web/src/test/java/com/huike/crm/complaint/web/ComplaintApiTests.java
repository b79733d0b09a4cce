package com.huike.crm.complaint.web;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.complaint.ComplaintHandled;
import com.huike.crm.complaint.web.ComplaintWebFixtures.Caller;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The requests' and complaints' JSON API: each step, the same rules as the pages,
 * refusals as problem details.
 */
@RecordApplicationEvents
class ComplaintApiTests extends WebIntegrationTest {

	@Autowired
	ApplicationEvents events;

	static final RequestPostProcessor AGENT = user("agent1").roles("AGENT");

	static final RequestPostProcessor CS_MANAGER = user("csmanager1").roles("CS_MANAGER");

	static final RequestPostProcessor HANDLER = user("handler1").roles("HANDLER");

	static final RequestPostProcessor LOGISTICS_HANDLER = user("handler2").roles("HANDLER");

	@Autowired
	ComplaintWebFixtures fixtures;

	String step(String path, RequestPostProcessor who, String body, int expected) throws Exception {
		return mvc.perform(post(path).with(who).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void everyStepOfAComplaintThroughTheApi() throws Exception {
		Caller caller = fixtures.caller("manager2");
		MvcResult created = mvc
			.perform(post("/api/v1/requests").with(AGENT)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\": \"COMPLAINT\", \"channel\": \"HOTLINE\", \"customerId\": " + caller.id()
						+ ", \"categoryId\": " + fixtures.category("配送") + ", \"severity\": \"URGENT\","
						+ " \"description\": \"少送了一件\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern("/api/v1/requests/\\d+")))
			.andExpect(jsonPath("$.status").value("NEW"))
			.andExpect(jsonPath("$.proposedDepartment").value("物流配送部"))
			.andReturn();
		String location = created.getResponse().getHeader("Location");
		Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
		String complaint = "/api/v1/complaints/" + id;
		Long logistics = fixtures.department("物流配送部");

		mvc.perform(get("/api/v1/complaints/to-confirm").with(CS_MANAGER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem(id.intValue())));
		step(complaint + "/confirm", CS_MANAGER,
				"{\"version\": " + fixtures.version(id) + ", \"departmentId\": " + logistics + "}", 200);
		// confirming an already routed complaint: 409 with the reason
		mvc.perform(post(complaint + "/confirm").with(CS_MANAGER)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + fixtures.version(id) + ", \"departmentId\": " + logistics + "}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(containsString("complaint-state")))
			.andExpect(jsonPath("$.detail").value("这条投诉已经确认派单了，不能再次确认。"));
		// a handler of another department: 404
		mvc.perform(post(complaint + "/take").with(HANDLER)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + fixtures.version(id) + "}"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
		mvc.perform(get("/api/v1/complaints/department").with(LOGISTICS_HANDLER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem(id.intValue())));
		step(complaint + "/take", LOGISTICS_HANDLER, "{\"version\": " + fixtures.version(id) + "}", 200);
		step(complaint + "/result", LOGISTICS_HANDLER,
				"{\"version\": " + fixtures.version(id) + ", \"text\": \"已补送\", \"extra\": 1}", 400);
		step(complaint + "/result", LOGISTICS_HANDLER, "{\"version\": " + fixtures.version(id) + ", \"text\": \"已补送\"}",
				200);
		step(complaint + "/feedback", AGENT, "{\"version\": " + fixtures.version(id) + ", \"feedback\": \"已告知\"}", 400);
		step(complaint + "/feedback", AGENT,
				"{\"version\": " + fixtures.version(id) + ", \"feedback\": \"客户说还是少\", \"opinion\": \"UNSATISFIED\"}",
				200);
		step(complaint + "/reopen", AGENT, "{\"version\": " + fixtures.version(id) + ", \"text\": \"请再核对\"}", 200);
		mvc.perform(get(location).with(AGENT))
			.andExpect(jsonPath("$.status").value("ROUTED"))
			.andExpect(jsonPath("$.reopenCount").value(1));
		step(complaint + "/take", LOGISTICS_HANDLER, "{\"version\": " + fixtures.version(id) + "}", 200);
		step(complaint + "/result", LOGISTICS_HANDLER, "{\"version\": " + fixtures.version(id) + ", \"text\": \"补齐了\"}",
				200);
		step(complaint + "/feedback", AGENT,
				"{\"version\": " + fixtures.version(id) + ", \"feedback\": \"客户满意\", \"opinion\": \"SATISFIED\"}", 200);
		long version = fixtures.version(id);
		step(complaint + "/close", AGENT, "{\"version\": " + version + "}", 200);
		mvc.perform(post(complaint + "/close").with(AGENT)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version + "}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("这条投诉已经结案了。"));
		// the revisit feature schedules the after-complaint revisit from this
		assertThat(events.stream(ComplaintHandled.class).filter(e -> e.complaintId().equals(id))).singleElement()
			.satisfies(e -> {
				assertThat(e.customerId()).isEqualTo(caller.id());
				assertThat(e.department()).isEqualTo("物流配送部");
				assertThat(e.callerPhone()).isEqualTo(caller.mobile());
			});
		mvc.perform(get(location).with(AGENT))
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.steps.length()").value(10));
	}

	@Test
	void theQueueIsPagedByKeysetAndTheLookupNormalisesTheNumber() throws Exception {
		String first = mvc.perform(get("/api/v1/complaints/queue").param("size", "2").with(CS_MANAGER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(2))
			.andExpect(jsonPath("$.next").isString())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String next = first.replaceAll(".*\"next\":\"([^\"]+)\".*", "$1");
		mvc.perform(get("/api/v1/complaints/queue").param("size", "2").param("cursor", next).with(CS_MANAGER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(2));
		mvc.perform(get("/api/v1/complaints/queue").param("cursor", "not-a-cursor").with(CS_MANAGER))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/complaints/queue").with(HANDLER)).andExpect(status().isForbidden());

		Caller caller = fixtures.caller("manager3");
		mvc.perform(get("/api/v1/desk/lookup").param("q", "0086 " + caller.mobile()).with(AGENT))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.searched").value(caller.mobile()))
			.andExpect(jsonPath("$.matches[0].name").value(caller.name()))
			.andExpect(jsonPath("$.matches[0].companyName").doesNotExist());
	}

}
