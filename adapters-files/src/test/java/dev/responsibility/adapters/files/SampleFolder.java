package dev.responsibility.adapters.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small valid data set in FORMAT.md's English CSV, one file per entry, which a test changes
 * file by file before writing it to a folder. Data rows start on line 2.
 */
final class SampleFolder {

  final Map<String, String> files = new LinkedHashMap<>();

  SampleFolder() {
    files.put("divisions.csv", """
        code,name,level,parent_code
        430000000000,湖南省,PROVINCE,
        430100000000,长沙市,CITY,430000000000
        430102000000,芙蓉区,COUNTY,430100000000
        430102001000,城关镇,TOWNSHIP,430102000000
        """);
    files.put("businesses.csv", """
        id,name,credit_code,license_no,license_issued,license_expires,category,size,grade,division_code,diners,high_risk
        B1,城关镇第一小学食堂,91430102MA4L0000X0,JY14301020000001,2022-01-01,2026-12-31,CANTEEN_SCHOOL,MEDIUM,A,430102001000,600,true
        B2,"李记小吃, 老店",,,2022-03-01,,VENDOR,MICRO,D,430102001000,,
        """);
    files.put("status_changes.csv", """
        business_id,status,effective_from
        B2,SUSPENDED,2023-02-01
        """);
    files.put("cadres.csv", """
        id,name,level,division_code,post,active_from,active_to,phone
        C1,张三,TOWNSHIP,430102001000,副镇长,2022-01-01,,13812345678
        """);
    files.put("relations.csv", """
        id,cadre_id,business_id,valid_from,valid_to
        R1,C1,B1,2023-01-01,
        """);
    files.put("documents.csv", """
        id,cadre_id,kind,signed_on,scan_sha256
        D1,C1,COMMITMENT_LETTER,2023-01-10,
        """);
    files.put("supervisions.csv", """
        id,cadre_id,business_id,visit_date,entered_at,mode,problems_found
        S1,C1,B1,2023-03-05,2023-03-05T10:15:30,ON_SITE,1
        """);
    files.put("problems.csv", """
        id,supervision_id,business_id,found_on,referred_on,rectified_on,closed_on
        P1,S1,B1,2023-03-05,2023-03-06,2023-03-10,2023-03-12
        """);
    files.put("staff.csv", """
        id,business_id,role,person_name,appointed_on,ended_on
        T1,B1,DIRECTOR,王五,2022-01-01,
        """);
    files.put("self_checks.csv", """
        business_id,kind,date,findings
        B1,DAILY,2023-03-05,
        """);
  }

  /** Replaces a file's text (null removes the file). */
  SampleFolder with(String file, String text) {
    if (text == null) {
      files.remove(file);
    } else {
      files.put(file, text);
    }
    return this;
  }

  /** Appends lines to a file. */
  SampleFolder append(String file, String lines) {
    files.put(file, files.get(file) + lines);
    return this;
  }

  /** Replaces text inside a file. */
  SampleFolder replace(String file, String from, String to) {
    String before = files.get(file);
    if (!before.contains(from)) {
      throw new IllegalArgumentException(file + " does not contain " + from);
    }
    files.put(file, before.replace(from, to));
    return this;
  }

  Path writeTo(Path folder) {
    return writeTo(folder, StandardCharsets.UTF_8);
  }

  Path writeTo(Path folder, Charset charset) {
    try {
      Files.createDirectories(folder);
      for (Map.Entry<String, String> e : files.entrySet()) {
        Files.write(folder.resolve(e.getKey()), e.getValue().getBytes(charset));
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
