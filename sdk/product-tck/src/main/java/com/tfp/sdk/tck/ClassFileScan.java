package com.tfp.sdk.tck;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What one class file of a plug-in refers to, read from its constant pool and field table: every method and field it
 * references (owner, name, descriptor), every class it names, and its static fields. The constant pool lists every
 * member the code can reach, so a call that is not there cannot happen — that is what makes the scan sound without
 * decoding instructions.
 */
record ClassFileScan(String className, List<MemberRef> references, Set<String> classes, List<StaticField> staticFields) {

  /** A method or field the class refers to, in JVM notation: {@code java/lang/System.currentTimeMillis()J}. */
  record MemberRef(String owner, String name, String descriptor, boolean method) {
    @Override
    public String toString() {
      return owner.replace('/', '.') + "." + name + (method ? descriptor.substring(0, descriptor.indexOf(')') + 1) : "");
    }
  }

  /** A static field of the class, with its flags. */
  record StaticField(String name, String descriptor, boolean isFinal, boolean synthetic) {}

  private static final int ACC_STATIC = 0x0008;
  private static final int ACC_FINAL = 0x0010;
  private static final int ACC_SYNTHETIC = 0x1000;

  static ClassFileScan read(byte[] bytes) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    if (in.readInt() != 0xCAFEBABE) throw new IOException("not a class file");
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    Object[] pool = new Object[count];
    int[] tags = new int[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      tags[i] = tag;
      switch (tag) {
        case 1 -> pool[i] = in.readUTF();
        case 3, 4 -> in.readInt();
        case 5, 6 -> {
          in.readLong();
          i++;
        }
        case 7, 8, 16, 19, 20 -> pool[i] = new int[] {in.readUnsignedShort()};
        case 9, 10, 11, 12, 17, 18 -> pool[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
        case 15 -> pool[i] = new int[] {in.readUnsignedByte(), in.readUnsignedShort()};
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    in.readUnsignedShort();
    String self = className(pool, in.readUnsignedShort());
    in.readUnsignedShort();
    int interfaces = in.readUnsignedShort();
    for (int i = 0; i < interfaces; i++) in.readUnsignedShort();

    List<MemberRef> refs = new ArrayList<>();
    Set<String> classes = new java.util.TreeSet<>();
    for (int i = 1; i < count; i++) {
      if (tags[i] == 7) {
        classes.add((String) pool[((int[]) pool[i])[0]]);
      } else if (tags[i] == 9 || tags[i] == 10 || tags[i] == 11) {
        int[] ref = (int[]) pool[i];
        int[] nat = (int[]) pool[ref[1]];
        refs.add(new MemberRef(className(pool, ref[0]), (String) pool[nat[0]], (String) pool[nat[1]], tags[i] != 9));
      }
    }
    List<StaticField> statics = new ArrayList<>();
    int fields = in.readUnsignedShort();
    for (int i = 0; i < fields; i++) {
      int flags = in.readUnsignedShort();
      String name = (String) pool[in.readUnsignedShort()];
      String descriptor = (String) pool[in.readUnsignedShort()];
      skipAttributes(in);
      if ((flags & ACC_STATIC) != 0) {
        statics.add(new StaticField(name, descriptor, (flags & ACC_FINAL) != 0, (flags & ACC_SYNTHETIC) != 0));
      }
    }
    return new ClassFileScan(self.replace('/', '.'), List.copyOf(refs), Set.copyOf(classes), List.copyOf(statics));
  }

  private static String className(Object[] pool, int classIndex) {
    return (String) pool[((int[]) pool[classIndex])[0]];
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int attributes = in.readUnsignedShort();
    for (int a = 0; a < attributes; a++) {
      in.readUnsignedShort();
      in.skipNBytes(Integer.toUnsignedLong(in.readInt()));
    }
  }
}
