package org.entente.system;

import java.io.IOException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error pages as RFC 9457 problem details instead of HTML: requests Tomcat refuses before Entente sees
 * them (a URL or headers over the size limit, an encoded slash in a path, a malformed request line) get the same kind
 * of answer as every other error.
 */
public class ProblemReportValve extends ErrorReportValve {


    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var title = Problems.title(status);
        var detail = status == 400
                ? "The web server refused this request before Entente could read it: a URL or headers over 64 KB, an encoded "
                  + "'/' or '\\\\' in a path, or a malformed request line."
                : title + ".";
        var json = "{\"type\":\"urn:entente:problem:http-" + status + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            var writer = response.getReporter();
            if (writer != null) {
                writer.write(json);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was closed: nothing left to tell it
        }
    }

}
