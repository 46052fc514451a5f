package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A Vietnamese forum page's furniture (topic line, reply header, viewer count) is no prose. */
class ForumChromeTest {
  @Test
  void theTopicLineAndReplyHeaderOfAForumAreLinks() {
    String t = "Diễn đàn lịch sử địa phương\n\n"
        + "Tác giả Chủ đề: Hỏi về trận đánh ở bến sông  (Đọc 1520 lần)\n"
        + "0 Thành viên và 3 Khách đang xem chủ đề.\n\n"
        + "« Trả lời #12 vào lúc: 3 Tháng Năm, 2019, 10:12:01 am »\n\n"
        + "Trận đánh ở bến sông diễn ra vào năm 1885, khi quân Pháp mở cuộc tấn công lớn lên vùng "
        + "thượng du và nghĩa quân rút về căn cứ trong rừng.\n";
    Layout l = LayoutClassifier.classify(t, Language.VI, "forum.txt");
    assertTrue(l.classAt(t.indexOf("Tác giả Chủ đề")).isLayout());
    assertTrue(l.classAt(t.indexOf("« Trả lời")).isLayout());
    assertEquals(LineClass.PROSE, l.classAt(t.indexOf("Trận đánh ở bến sông diễn")));
  }
}
