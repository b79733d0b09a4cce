package com.huike.crm.system;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.thymeleaf.spring6.view.ThymeleafView;

/**
 * A Thymeleaf view that renders the whole page in memory, then writes it at once — in
 * chunks of {@value #CHUNK} characters, not in one array. Thymeleaf's own way to render
 * before writing ({@code produce-partial-output-while-processing=false}) grows one
 * {@code StringBuilder} to the page's size and copies it into a {@code String}: on pages
 * of 300 KB (the visit plan of 360 actions) both are arrays of more than half a G1
 * region, allocated outside the young generation, and every few requests started a
 * concurrent collection (docs/performance.md, "Visit plans"). Here Thymeleaf's many small
 * writes land in chunks, and the response sees a few large writes: no write passes
 * through the response wrappers (Spring Session's, Spring Security's) piece by piece, and
 * a page that fails halfway writes nothing (the error page is written instead). Its
 * expressions convert through {@link ViewConversions}.
 */
public class BufferedThymeleafView extends ThymeleafView {

	static final int CHUNK = 8192;

	@Override
	public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		Buffered buffered = new Buffered(response);
		String name = ConversionService.class.getName();
		ConversionService conversions = (ConversionService) request.getAttribute(name);
		if (!(conversions instanceof ViewConversions)) {
			request.setAttribute(name, new ViewConversions(
					(conversions != null) ? conversions : DefaultConversionService.getSharedInstance()));
		}
		super.render(model, request, buffered);
		buffered.writeTo(response);
	}

	/** The response as the view sees it: its writer fills chunks. */
	static final class Buffered extends HttpServletResponseWrapper {

		private final Chunks chunks = new Chunks();

		private final PrintWriter writer = new PrintWriter(this.chunks, false);

		Buffered(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() {
			return this.writer;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			throw new IllegalStateException("a Thymeleaf page writes characters");
		}

		@Override
		public void flushBuffer() {
			// nothing is written before the whole page is there
		}

		@Override
		public void resetBuffer() {
			this.chunks.clear();
		}

		@Override
		public void reset() {
			super.reset();
			this.chunks.clear();
		}

		void writeTo(HttpServletResponse response) throws IOException {
			this.writer.flush();
			Writer out = response.getWriter();
			this.chunks.writeTo(out);
			out.flush();
		}

	}

	/** Characters in fixed chunks. */
	static final class Chunks extends Writer {

		private final List<char[]> full = new ArrayList<>();

		private char[] current = new char[CHUNK];

		private int used;

		@Override
		public void write(char[] text, int offset, int length) {
			for (int n; length > 0; offset += n, length -= n) {
				n = Math.min(length, room());
				System.arraycopy(text, offset, this.current, this.used, n);
				this.used += n;
			}
		}

		@Override
		public void write(String text, int offset, int length) {
			for (int n; length > 0; offset += n, length -= n) {
				n = Math.min(length, room());
				text.getChars(offset, offset + n, this.current, this.used);
				this.used += n;
			}
		}

		/** Room left in the current chunk; a new chunk when it is full. */
		private int room() {
			if (this.used == CHUNK) {
				this.full.add(this.current);
				this.current = new char[CHUNK];
				this.used = 0;
			}
			return CHUNK - this.used;
		}

		@Override
		public void write(int c) {
			write(new char[] { (char) c }, 0, 1);
		}

		void clear() {
			this.full.clear();
			this.used = 0;
		}

		long size() {
			return (long) this.full.size() * CHUNK + this.used;
		}

		void writeTo(Writer out) throws IOException {
			for (char[] chunk : this.full) {
				out.write(chunk, 0, CHUNK);
			}
			out.write(this.current, 0, this.used);
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

	}

}
