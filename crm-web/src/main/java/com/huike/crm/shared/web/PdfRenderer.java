package com.huike.crm.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import jakarta.servlet.ServletContext;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * PDF downloads made from the same Thymeleaf templates as the print views (A4, Chinese):
 * the template is rendered with {@code pdf = true} in its model, so that it can leave out
 * what a browser needs and a PDF does not (Bootstrap, links, the print hint) and take the
 * print style of {@code fragments/pdf :: style} instead, and openhtmltopdf lays the page
 * out.
 * <p>
 * The Chinese font ships with the application ({@code fonts/wqy-microhei-gbk.ttf},
 * TrueType outlines, which PDFBox can embed; see {@code deploy/fonts/make-pdf-font.sh}),
 * so a machine with nothing but a JDK prints Chinese. Only the characters a document uses
 * are embedded (a daily list is some 40 KB). A parsed font is not safe for two documents
 * at once, and parsing it from scratch for each request would cost its tables every time,
 * so parsed fonts are kept in a small pool: each concurrent rendering borrows one, and
 * only the first requests parse.
 */
@Component
public class PdfRenderer {

	/**
	 * The family name templates use for Chinese text ({@code fragments/pdf :: style}).
	 */
	public static final String FONT_FAMILY = "Huike CJK";

	private static final String FONT = "fonts/wqy-microhei-gbk.ttf";

	private static final int POOLED_FONTS = 4;

	private static final Logger log = LoggerFactory.getLogger(PdfRenderer.class);

	private final ITemplateEngine templates;

	private final ApplicationContext context;

	private final ObjectProvider<ConversionService> conversion;

	private final ObjectProvider<ServletContext> servletContext;

	private final byte[] fontBytes;

	private final BlockingQueue<TrueTypeFont> fonts = new ArrayBlockingQueue<>(POOLED_FONTS);

	private final String baseUri;

	private volatile JakartaServletWebApplication web;

	/** Jsoup's HTML as a W3C DOM: each holds a factory found once, not per document. */
	private final ThreadLocal<W3CDom> dom = ThreadLocal.withInitial(W3CDom::new);

	PdfRenderer(ITemplateEngine templates, ApplicationContext context, ObjectProvider<ConversionService> conversion,
			ObjectProvider<ServletContext> servletContext) {
		this.templates = templates;
		this.context = context;
		this.conversion = conversion;
		this.servletContext = servletContext;
		XRLog.setLoggerImpl(new Slf4jLog());
		try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
			this.fontBytes = in.readAllBytes();
			this.fonts.add(parse());
			this.baseUri = new ClassPathResource("static/").getURL().toExternalForm();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The PDF font " + FONT + " cannot be read", ex);
		}
	}

	/**
	 * Lays out one small page once the application is up, off the request threads: the
	 * first PDF would otherwise pay for loading the layout engine and for PDFBox's one
	 * look at the machine's fonts (its standard-14 fallbacks), some 0.5 s.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		Thread warmUp = new Thread(() -> {
			try {
				long start = System.nanoTime();
				String style = templates.process("fragments/pdf", new Context(Locale.SIMPLIFIED_CHINESE));
				html("<html><head>" + style + "</head><body><h1>拜访清单</h1><p class=\"small\">☆ ● ★</p>"
						+ "<table><colgroup><col style=\"width: 30%\"><col></colgroup>"
						+ "<thead><tr><th>客户</th><th>地址</th></tr></thead><tbody><tr><td>张三 <span class=\"small\">"
						+ "KH1</span></td><td class=\"text-nowrap\"><div>13800000000</div></td></tr></tbody></table>"
						+ "</body></html>");
				log.debug("PDF renderer warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
			}
			catch (RuntimeException ex) {
				log.warn("PDF renderer warm-up failed", ex);
			}
		}, "pdf-warm-up");
		warmUp.setDaemon(true);
		warmUp.start();
	}

	/**
	 * The template, rendered with the model (and {@code pdf = true}) in the locale, as an
	 * A4 PDF document.
	 */
	public byte[] render(String template, Map<String, ?> model, Locale locale) {
		return html(templates.process(template, context(model, locale)));
	}

	private byte[] html(String html) {
		org.w3c.dom.Document document = this.dom.get().fromJsoup(Jsoup.parse(html));
		TrueTypeFont font = borrowFont();
		try (PDDocument pdf = new PDDocument()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(pdf);
			builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, font, true)), FONT_FAMILY, 400, FontStyle.NORMAL,
					true);
			builder.useDefaultPageSize(210, 297, PdfRendererBuilder.PageSizeUnits.MM);
			builder.withW3cDocument(document, this.baseUri);
			builder.withProducer("Huike CRM");
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("A PDF could not be made", ex);
		}
		finally {
			returnFont(font);
		}
	}

	/**
	 * The template as a PDF download: {@code application/pdf}, an attachment named
	 * {@code filename} (RFC 6266 with the RFC 5987 {@code filename*} for Chinese names,
	 * and an ASCII {@code filename} for old clients), never cached.
	 */
	public ResponseEntity<byte[]> download(String template, Map<String, ?> model, Locale locale, String filename) {
		byte[] pdf = render(template, model, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(filename))
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(pdf);
	}

	static String contentDisposition(String filename) {
		String ascii = filename.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+", "").replaceAll("-+", "-");
		if (!ascii.matches(".*[A-Za-z0-9].*\\..+")) {
			ascii = "document.pdf";
		}
		String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
	}

	private IContext context(Map<String, ?> model, Locale locale) {
		Map<String, Object> variables = new HashMap<>(model);
		variables.put("pdf", true);
		variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, this.conversion.getIfAvailable()));
		// inside a request, links (@{...}) and the request's objects work as on a page
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				&& request.getResponse() != null && this.servletContext.getIfAvailable() != null) {
			return new WebContext(web().buildExchange(request.getRequest(), request.getResponse()), locale, variables);
		}
		return new Context(locale, variables);
	}

	private JakartaServletWebApplication web() {
		if (this.web == null) {
			this.web = JakartaServletWebApplication.buildApplication(this.servletContext.getObject());
		}
		return this.web;
	}

	private TrueTypeFont borrowFont() {
		TrueTypeFont font = this.fonts.poll();
		if (font != null) {
			return font;
		}
		try {
			return parse();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void returnFont(TrueTypeFont font) {
		if (!this.fonts.offer(font)) {
			try {
				font.close();
			}
			catch (IOException ex) {
				// a font parsed from memory holds nothing to release
			}
		}
	}

	private TrueTypeFont parse() throws IOException {
		return new TTFParser().parse(new RandomAccessReadBuffer(this.fontBytes));
	}

	/**
	 * openhtmltopdf's log into the application's: its step-by-step INFO lines of every
	 * document at debug, warnings (a missing image, CSS it ignores) as warnings.
	 */
	private static final class Slf4jLog implements XRLogger {

		@Override
		public void log(String where, Level level, String message) {
			log(where, level, message, null);
		}

		@Override
		public void log(String where, Level level, String message, Throwable error) {
			Logger logger = LoggerFactory.getLogger(where);
			if (level.intValue() >= Level.SEVERE.intValue()) {
				logger.error(message, error);
			}
			else if (level.intValue() >= Level.WARNING.intValue()) {
				logger.warn(message, error);
			}
			else if (level.intValue() >= Level.INFO.intValue()) {
				logger.debug(message, error);
			}
			else {
				logger.trace(message, error);
			}
		}

		@Override
		public void setLevel(String logger, Level level) {
			// the application's logging configuration decides
		}

		@Override
		public boolean isLogLevelEnabled(Diagnostic diagnostic) {
			Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
			int level = diagnostic.getLevel().intValue();
			return (level >= Level.WARNING.intValue()) ? logger.isWarnEnabled()
					: (level >= Level.INFO.intValue()) ? logger.isDebugEnabled() : logger.isTraceEnabled();
		}

	}

}
