package org.entente.spark;

import java.io.Serializable;

/**
 * One article for the job, a Java bean for Spark's encoder: a file of a folder ({@code path} set, the file name telling
 * its format; its bytes read by the executor that extracts it, from {@code uri}) or a row of a table ({@code id} and
 * the other columns set, its text plain text).
 */
public class Article implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String path;
    private String uri;
    private long size;
    private String id;
    private String title;
    private String publisher;
    private String url;
    private String published;
    private byte[] content;

    public Article() {
    }

    /** A file: its path as the extractor names it (a local path, or a URI such as {@code hdfs://…}), where it is, its size. */
    static Article file(String path, String uri, long size) {
        var a = new Article();
        a.name = path;
        a.path = path;
        a.uri = uri;
        a.size = size;
        return a;
    }

    /** A row of a table: its id is the source's id; the text is read as plain text. */
    static Article row(String id, String title, String publisher, String url, String published, byte[] content) {
        var a = new Article();
        a.name = id + ".txt";
        a.id = id;
        a.title = title;
        a.publisher = publisher;
        a.url = url;
        a.published = published;
        a.content = content;
        return a;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getUri() {
        return uri;
    }

    public void setUri(String uri) {
        this.uri = uri;
    }

    public long getSize() {
        return size;
    }

    public void setSize(long size) {
        this.size = size;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getPublished() {
        return published;
    }

    public void setPublished(String published) {
        this.published = published;
    }

    public byte[] getContent() {
        return content;
    }

    public void setContent(byte[] content) {
        this.content = content;
    }
}
