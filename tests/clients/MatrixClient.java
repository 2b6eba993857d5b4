import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client matrix's sequence with java.net.http.HttpClient: `default` is newHttpClient() (HTTP/2 first, so
 * it asks for h2c on http://), `http1` is version HTTP_1_1. Prints JSON.
 * Usage: java MatrixClient.java URL default|http1 METHOD PATH [BODY] [METHOD PATH [BODY]]... (BODY "-": none)
 */
public class MatrixClient {
  public static void main(String[] args) throws Exception {
    HttpClient client = args[1].equals("http1")
        ? HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
        : HttpClient.newHttpClient();
    List<String> results = new ArrayList<>();
    long started = System.nanoTime();
    for (int i = 2; i + 2 < args.length; i += 3) {
      String method = args[i];
      String body = args[i + 2];
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(args[0] + args[i + 1])).timeout(Duration.ofSeconds(10));
      if (body.equals("-")) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
      }
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      results.add("{\"method\":\"" + method + "\",\"status\":" + response.statusCode() + ",\"version\":\""
          + response.version() + "\",\"body\":" + quote(response.body()) + "}");
    }
    double ms = (System.nanoTime() - started) / 1e6;
    System.out.println("{\"results\":[" + String.join(",", results) + "],\"ms\":" + ms + "}");
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') out.append('\\').append(c);
      else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
      else out.append(c);
    }
    return out.append('"').toString();
  }
}
